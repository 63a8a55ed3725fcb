import type { Postmortem } from '@hindsight/domain';
import type Database from 'better-sqlite3';
import { where } from './where';

/** Reports held to at least one regulatory regime; of the teams given, or of every team when undefined. */
export const regulatedReports = (db: Database.Database, teams: readonly string[] | undefined): Postmortem[] => {
  const filter = where({
    regimes: ["json_array_length(d.document, '$.facts.regimes') > @regimes", 0],
    teams: ['r.team IN (SELECT value FROM json_each(@teams))', teams && JSON.stringify(teams)],
  });
  return (db.prepare(`SELECT d.document FROM rm_report_documents d JOIN rm_reports r ON r.id = d.id ${filter.sql}`).all(filter.params) as { document: string }[]).map(
    (row) => JSON.parse(row.document) as Postmortem,
  );
};
