import type Database from 'better-sqlite3';
import { prepared } from '../read-models/sql';

export interface Notice {
  kind: 'communication' | 'assignment';
  reportId: string;
  reportTitle: string;
  text: string;
  at: string;
}

/** What `recipient` should hear of, newest first; of the teams given, or of every team when undefined. */
export const noticesFor = (db: Database.Database, recipient: string, readable: readonly string[] | undefined, limit: number): Notice[] =>
  prepared(
    db,
    `SELECT n.kind, n.report_id AS reportId, n.report_title AS reportTitle, n.text, n.at FROM rm_notices n JOIN rm_reports r ON r.id = n.report_id
      WHERE n.recipient = ? AND (? IS NULL OR r.team IN (SELECT value FROM json_each(?))) ORDER BY n.at DESC LIMIT ?`,
  ).all(recipient.toLowerCase(), readable ? 1 : null, JSON.stringify(readable ?? []), limit) as Notice[];
