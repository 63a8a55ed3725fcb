import type { Postmortem } from '@hindsight/domain';
import type Database from 'better-sqlite3';
import { prepared } from '../read-models/sql';

/** Reports held to at least one regulatory regime; of the teams given, or of every team when undefined. */
export const regulatedReports = (db: Database.Database, teams: readonly string[] | undefined): Postmortem[] =>
  (
    prepared(
      db,
      `SELECT d.document FROM rm_report_documents d JOIN rm_reports r ON r.id = d.id
        WHERE json_array_length(d.document, '$.facts.regimes') > 0
          AND (? IS NULL OR r.team IN (SELECT value FROM json_each(?)))`,
    ).all(teams ? 1 : null, JSON.stringify(teams ?? [])) as { document: string }[]
  ).map((row) => JSON.parse(row.document) as Postmortem);
