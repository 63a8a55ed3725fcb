import type Database from 'better-sqlite3';
import { prepared } from '../read-models/sql';

/** An incident as the public sees it: only what was published for the public. */
export interface PublicIncidentRow {
  id: string;
  services: string[];
  startedAt: string;
  resolvedAt?: string;
  firstPublishedAt: string;
  updatedAt: string;
  summary: string;
}

interface Row {
  report_id: string;
  services: string;
  started_at: string;
  resolved_at: string | null;
  first_published_at: string;
  updated_at: string;
  summary: string;
}

const fromRow = (r: Row): PublicIncidentRow => ({
  id: r.report_id,
  services: JSON.parse(r.services) as string[],
  startedAt: r.started_at,
  ...(r.resolved_at ? { resolvedAt: r.resolved_at } : {}),
  firstPublishedAt: r.first_published_at,
  updatedAt: r.updated_at,
  summary: r.summary,
});

/** Published incidents, newest first; of one service when `service` is given. */
export const publicIncidents = (db: Database.Database, { service, limit }: { service?: string; limit: number }): PublicIncidentRow[] =>
  (service
    ? prepared(db, `SELECT p.* FROM rm_public_incidents p, json_each(p.services) s WHERE s.value = ? ORDER BY p.started_at DESC LIMIT ?`).all(service, limit)
    : prepared(db, 'SELECT * FROM rm_public_incidents ORDER BY started_at DESC LIMIT ?').all(limit)
  ).map((row) => fromRow(row as Row));
