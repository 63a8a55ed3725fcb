import { type PostmortemState, toUtc } from '@hindsight/domain';
import type Database from 'better-sqlite3';
import { prepared } from './sql';

/**
 * Incidents per day, team and cause category: what the recurrence counts behind every action
 * item's priority add up, so a board page sums some ninety days of rows instead of joining
 * thousands of incidents to their causes. Kept by the trends projection as each report changes.
 */
export const CAUSE_DAYS_TABLE = `
  CREATE TABLE IF NOT EXISTS rm_cause_days (
    day TEXT NOT NULL, team TEXT NOT NULL, category TEXT NOT NULL, incidents INTEGER NOT NULL,
    PRIMARY KEY (day, team, category)
  ) STRICT`;

/** Where a report counts: one cell per distinct cause category, on its day, for its team. */
const cellsOf = (report: PostmortemState): string[] => {
  if (!report) return [];
  const day = toUtc(report.facts.occurredAt).slice(0, 10);
  return [...new Set(report.causes.map((c) => c.category))].map((category) => JSON.stringify([day, report.facts.team, category]));
};

/**
 * Moves a report's counts from the cells its state before filled to those its state after
 * fills: one less where it no longer counts (a cell left at zero is removed, as counting
 * would not find it), one more where it now does. Each incident counts once per category
 * however many of its causes share it.
 */
export const moveCauseDays = (db: Database.Database, before: PostmortemState, after: PostmortemState): void => {
  const moves = new Map<string, number>();
  for (const cell of cellsOf(before)) moves.set(cell, -1);
  for (const cell of cellsOf(after)) moves.set(cell, (moves.get(cell) ?? 0) + 1);
  const count = prepared(db, 'INSERT INTO rm_cause_days VALUES (?, ?, ?, ?) ON CONFLICT (day, team, category) DO UPDATE SET incidents = incidents + excluded.incidents');
  const dropEmpty = prepared(db, 'DELETE FROM rm_cause_days WHERE day = ? AND team = ? AND category = ? AND incidents = 0');
  for (const [cell, by] of moves) {
    if (by === 0) continue;
    const [day, team, category] = JSON.parse(cell) as [string, string, string];
    count.run(day, team, category, by);
    if (by < 0) dropEmpty.run(day, team, category);
  }
};

export const nextDay = (day: string): string => new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);
