import type { Postmortem, ReportStatus, Severity } from '@hindsight/domain';
import type Database from 'better-sqlite3';
import { prepared } from '../read-models/sql';
import { containing, where, whole } from './where';

export interface ReportFilters {
  status?: ReportStatus;
  severity?: Severity;
  service?: string;
  team?: string;
  /** Team and service match whole names (any case), not any part. */
  exact?: boolean;
  /** Occurred at or after this UTC instant… */
  from?: string;
  /** …and before this one. */
  to?: string;
  /** Last changed before this instant. */
  updatedBefore?: string;
  /** Full-text search over title, impact, timeline and causes. */
  q?: string;
  /** Only these teams (team-scoped readers); undefined: every team. */
  teams?: readonly string[];
  sort?: ReportSort;
  order?: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/** The columns the list sorts by (the API's `sort` values; the compiler holds the two together). */
export type ReportSort = 'occurredAt' | 'title' | 'severity' | 'status' | 'team' | 'updatedAt';

/** Each sortable column, and the direction it is listed in unless asked otherwise. */
const SORT_COLUMNS: Record<ReportSort, [column: string, order: 'ASC' | 'DESC']> = {
  occurredAt: ['occurred_at', 'DESC'],
  title: ['title COLLATE NOCASE', 'ASC'],
  severity: ['severity', 'ASC'],
  status: ['status', 'ASC'],
  team: ['team COLLATE NOCASE', 'ASC'],
  updatedAt: ['updated_at', 'DESC'],
};

export interface ReportListItem {
  id: string;
  title: string;
  severity: Severity;
  status: ReportStatus;
  team: string;
  services: string[];
  occurredAt: string;
  resolvedAt: string | null;
  revision: number;
  updatedAt: string;
  updatedBy: string;
}

/**
 * A report naming a service that matches @service. The stored list is JSON text: a LIKE on
 * that text first (cheap) keeps only reports that could match, then each of their services is
 * checked alone. Text that JSON would escape (quotes, backslashes, controls) skips the first step.
 */
const servicesMatch = (service: string | undefined) =>
  `${service !== undefined && !/["\\\u0000-\u001f]/.test(service) ? "r.services LIKE '%' || @service || '%' ESCAPE '\\' AND " : ''}EXISTS (SELECT 1 FROM json_each(r.services) WHERE value LIKE @service ESCAPE '\\')`;

/** Quotes every word so user input is searched for, never parsed as FTS5 syntax. */
const ftsQuery = (q: string): string =>
  q
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `"${word.replace(/"/g, '""')}"*`)
    .join(' ');

/**
 * The teams a team filter names: those whose name matches it (any part, or whole with `exact`),
 * among the teams that have reports (a row each, not a scan of every report). One team then
 * reads its reports in index order, a page at a time; several are matched as a list.
 */
const teamsMatching = (db: Database.Database, f: ReportFilters): string[] | undefined => {
  const pattern = f.exact ? whole(f.team) : containing(f.team);
  return pattern === undefined ? undefined : (prepared(db, "SELECT team FROM rm_report_teams WHERE team LIKE ? ESCAPE '\\'").pluck().all(pattern) as string[]);
};

export const listReports = (db: Database.Database, f: ReportFilters): { items: ReportListItem[]; total: number } => {
  const named = teamsMatching(db, f);
  if (named?.length === 0) return { items: [], total: 0 };
  const filter = where({
    status: ['r.status = @status', f.status],
    severity: ['r.severity = @severity', f.severity],
    team: ['r.team = @team', named?.length === 1 ? named[0] : undefined],
    namedTeams: ['r.team IN (SELECT value FROM json_each(@namedTeams))', named && named.length > 1 ? JSON.stringify(named) : undefined],
    service: [servicesMatch(f.service), f.exact ? whole(f.service) : containing(f.service)],
    updatedBefore: ['r.updated_at < @updatedBefore', f.updatedBefore],
    from: ['r.occurred_at >= @from', f.from],
    to: ['r.occurred_at < @to', f.to],
    teams: ['r.team IN (SELECT value FROM json_each(@teams))', f.teams && JSON.stringify(f.teams)],
    q: ['r.id IN (SELECT id FROM rm_reports_search WHERE rm_reports_search MATCH @q)', f.q && ftsQuery(f.q)],
  });
  const params = { ...filter.params, limit: f.limit, offset: f.offset };
  const clause = filter.sql;
  const [column, natural] = SORT_COLUMNS[f.sort ?? 'occurredAt'];
  const order = f.order === undefined ? natural : f.order === 'asc' ? 'ASC' : 'DESC';
  const total = (prepared(db, `SELECT count(*) AS n FROM rm_reports r ${clause}`).get(params) as { n: number }).n;
  // Ties fall back to the newest first, then the id; naming occurred_at twice would keep SQLite from reading it in index order.
  const ties = column === 'occurred_at' ? 'id' : 'occurred_at DESC, id';
  const rows = prepared(
    db,
    `SELECT id, title, severity, status, team, services, occurred_at, resolved_at, revision, updated_at, updated_by
     FROM rm_reports r ${clause} ORDER BY ${column} ${order}, ${ties} LIMIT @limit OFFSET @offset`,
  ).all(params) as Record<string, string | number | null>[];
  return {
    total,
    items: rows.map((r) => ({
      id: r['id'] as string,
      title: r['title'] as string,
      severity: r['severity'] as Severity,
      status: r['status'] as ReportStatus,
      team: r['team'] as string,
      services: JSON.parse(r['services'] as string),
      occurredAt: r['occurred_at'] as string,
      resolvedAt: r['resolved_at'] as string | null,
      revision: r['revision'] as number,
      updatedAt: r['updated_at'] as string,
      updatedBy: r['updated_by'] as string,
    })),
  };
};

/** The current document of one report from the read model. */
export const reportDocument = (db: Database.Database, id: string): (Postmortem & { revision: number; position: string }) | undefined => {
  const row = db.prepare<[string], { document: string; revision: number; position: string }>('SELECT d.document, r.revision, r.position FROM rm_reports r JOIN rm_report_documents d ON d.id = r.id WHERE r.id = ?').get(id);
  return row && { ...JSON.parse(row.document), revision: row.revision, position: row.position };
};
