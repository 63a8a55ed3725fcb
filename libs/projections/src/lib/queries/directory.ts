import type Database from 'better-sqlite3';
import type { DirectoryKind } from '../read-models/directory.projection';
import { containing } from './where';

export interface DirectoryEntry {
  kind: DirectoryKind;
  name: string;
  /** How many readable reports mention the name or were changed by the person: the more, the likelier the pick. */
  reports: number;
}

export interface DirectoryFilters {
  kind?: DirectoryKind;
  /** Part of the name, any case. */
  q?: string;
  /** The teams whose reports the caller reads; undefined for all. */
  teams?: readonly string[];
  limit: number;
}

/** Known people (identities that are not in any report yet, such as a new token's holder), teams and services. */
export interface KnownIdentity {
  kind: DirectoryKind;
  name: string;
}

/**
 * The names matching a prefix come first, then those used most: typing "pay" offers "payments"
 * before "gateway-pay". Identities the system knows but no readable report mentions are offered
 * after those that are.
 */
export const directory = (db: Database.Database, filters: DirectoryFilters, known: readonly KnownIdentity[] = []): DirectoryEntry[] => {
  const readable = filters.teams === undefined ? '' : 'AND team IN (SELECT value FROM json_each(@teams))';
  const kind = filters.kind === undefined ? '' : 'AND kind = @kind';
  const pattern = containing(filters.q) ?? '%';
  const prefix = pattern.slice(1);
  const rows = db
    .prepare(
      `SELECT kind, name, SUM(reports) AS reports FROM rm_directory_counts
       WHERE name LIKE @pattern ESCAPE '\\' ${kind} ${readable}
       GROUP BY kind, name ORDER BY name LIKE @prefix ESCAPE '\\' DESC, reports DESC, name LIMIT @limit`,
    )
    .all({ pattern, prefix, kind: filters.kind, teams: filters.teams === undefined ? null : JSON.stringify(filters.teams), limit: filters.limit }) as DirectoryEntry[];
  const listed = new Set(rows.map((row) => `${row.kind} ${row.name}`));
  const needle = filters.q?.toLowerCase() ?? '';
  const extra = known
    .filter((identity) => (filters.kind === undefined || identity.kind === filters.kind) && identity.name.toLowerCase().includes(needle))
    .filter((identity) => !listed.has(`${identity.kind} ${identity.name}`) && listed.add(`${identity.kind} ${identity.name}`))
    .map((identity) => ({ ...identity, reports: 0 }));
  return [...rows, ...extra].slice(0, filters.limit);
};
