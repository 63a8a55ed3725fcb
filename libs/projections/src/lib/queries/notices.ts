import type Database from 'better-sqlite3';
import { where } from './where';

export interface Notice {
  kind: 'communication' | 'assignment';
  reportId: string;
  reportTitle: string;
  text: string;
  at: string;
}

/** What `recipient` should hear of, newest first; of the teams given, or of every team when undefined. */
export const noticesFor = (db: Database.Database, recipient: string, readable: readonly string[] | undefined, limit: number): Notice[] => {
  const filter = where({
    recipient: ['n.recipient = @recipient', recipient.toLowerCase()],
    teams: ['r.team IN (SELECT value FROM json_each(@teams))', readable && JSON.stringify(readable)],
  });
  return db
    .prepare(
      `SELECT n.kind, n.report_id AS reportId, n.report_title AS reportTitle, n.text, n.at FROM rm_notices n JOIN rm_reports r ON r.id = n.report_id
        ${filter.sql} ORDER BY n.at DESC LIMIT @limit`,
    )
    .all({ ...filter.params, limit }) as Notice[];
};
