import type Database from 'better-sqlite3';
import { prepared } from './sql';

/**
 * Incidents per day, team and cause category: what the recurrence counts behind every action
 * item's priority add up, so a board page sums some ninety days of rows instead of joining
 * thousands of incidents to their causes. Kept by the trends projection, from its own tables.
 */
export const CAUSE_DAYS_TABLE = `
  CREATE TABLE IF NOT EXISTS rm_cause_days (
    day TEXT NOT NULL, team TEXT NOT NULL, category TEXT NOT NULL, incidents INTEGER NOT NULL,
    PRIMARY KEY (day, team, category)
  ) STRICT`;

/** A day's and a team's cell counted again from the incidents (after a report of theirs changed). */
export const recountCauseDay = (db: Database.Database, day: string, team: string): void => {
  prepared(db, 'DELETE FROM rm_cause_days WHERE day = ? AND team = ?').run(day, team);
  prepared(
    db,
    `INSERT INTO rm_cause_days (day, team, category, incidents)
     SELECT @day, @team, c.category, count(DISTINCT c.report_id) FROM rm_incidents i JOIN rm_incident_causes c ON c.report_id = i.report_id
     WHERE i.occurred_at >= @day AND i.occurred_at < @next AND i.team = @team GROUP BY c.category`,
  ).run({ day, team, next: nextDay(day) });
};

export const nextDay = (day: string): string => new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);
