import type Database from 'better-sqlite3';
import { prepared } from '../read-models/sql';

export interface DueItem {
  reportId: string;
  reportTitle: string;
  title: string;
  dueDate: string;
}

/** Per person (by the name items are owned under), their open action items due by `dueBy` (a date), overdue ones included, soonest first. */
export const dueItemsByOwner = (db: Database.Database, dueBy: string): Map<string, DueItem[]> => {
  const rows = prepared(
    db,
    `SELECT owner_name AS owner, report_id AS reportId, report_title AS reportTitle, title, due_date AS dueDate FROM rm_action_items
      WHERE owner_kind = 'person' AND status IN ('open', 'in_progress') AND due_date IS NOT NULL AND due_date <= ? ORDER BY due_date, title`,
  ).all(dueBy) as (DueItem & { owner: string })[];
  const byOwner = new Map<string, DueItem[]>();
  for (const { owner, ...item } of rows) byOwner.set(owner, [...(byOwner.get(owner) ?? []), item]);
  return byOwner;
};
