import type Database from 'better-sqlite3';

const teamFilter = (teams: readonly string[] | undefined) => (teams === undefined ? '' : 'AND r.team IN (SELECT value FROM json_each(@teams))');

/**
 * The report a live alert about `service` belongs to: the latest one still open (draft or in
 * review, not resolved) that names the service, among the teams the caller acts for.
 */
export const openReportOfService = (db: Database.Database, service: string, teams: readonly string[] | undefined): string | undefined =>
  db
    .prepare(
      `SELECT r.id FROM rm_reports r
       WHERE r.status IN ('draft', 'in_review') AND r.resolved_at IS NULL
         AND EXISTS (SELECT 1 FROM json_each(r.services) WHERE lower(value) = lower(@service)) ${teamFilter(teams)}
       ORDER BY r.occurred_at DESC LIMIT 1`,
    )
    .pluck()
    .get({ service, teams: JSON.stringify(teams ?? []) }) as string | undefined;

/** The report that names an incident of the paging system as its external reference (`PagerDuty #4821`). */
export const reportWithExternalReference = (db: Database.Database, reference: string, teams: readonly string[] | undefined): string | undefined =>
  db
    .prepare(
      `SELECT r.id FROM rm_reports r JOIN rm_report_documents d ON d.id = r.id
       WHERE json_extract(d.document, '$.facts.externalReference.id') = @reference ${teamFilter(teams)}
       ORDER BY r.occurred_at DESC LIMIT 1`,
    )
    .pluck()
    .get({ reference, teams: JSON.stringify(teams ?? []) }) as string | undefined;
