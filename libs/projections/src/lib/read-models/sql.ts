import { toUtc } from '@hindsight/domain';
import type Database from 'better-sqlite3';
import type { ProjectedEvent, ReportChange } from '../projection';

/** Small helpers shared by the projections. */

export const dropTables = (db: Database.Database, tables: readonly string[]): void => {
  for (const table of tables) db.exec(`DROP TABLE IF EXISTS ${table}`);
};

export const touches = (change: ReportChange, prefixes: readonly string[]): boolean =>
  change.events.some((e) => prefixes.some((prefix) => e.type.startsWith(prefix)));

export const lastEvent = (change: ReportChange): ProjectedEvent => change.events[change.events.length - 1];

export const timeOf = (change: ReportChange, type: string): string | undefined =>
  change.events.filter((e) => e.type === type).at(-1)?.metadata.timestamp;

export const json = (value: unknown): string => JSON.stringify(value);

/**
 * The entries of a section that a change added or altered, and the ids it removed. States are
 * immutable, so an entry the change left alone is the very same object before and after: a
 * long section costs a pass in memory, not a write per entry.
 */
export const sectionChanges = <T extends { id: string }>(before: readonly T[], after: readonly T[]): { written: T[]; removed: string[] } => {
  const earlier = new Map(before.map((entry) => [entry.id, entry]));
  const kept = new Set(after.map((entry) => entry.id));
  return {
    written: after.filter((entry) => earlier.get(entry.id) !== entry),
    removed: before.filter((entry) => !kept.has(entry.id)).map((entry) => entry.id),
  };
};

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** A prepared statement, prepared once per database: projections run on every batch. */
export const prepared = (db: Database.Database, sql: string): Database.Statement => {
  const cache = statements.get(db) ?? new Map<string, Database.Statement>();
  statements.set(db, cache);
  const known = cache.get(sql);
  if (known) return known;
  const statement = db.prepare(sql);
  cache.set(sql, statement);
  return statement;
};

/** An optional instant in the read model's canonical UTC form. */
export const utcOrNull = (instant: string | undefined): string | null => (instant === undefined ? null : toUtc(instant));

/** Milliseconds from one instant column to another, exact for instants given to the millisecond; NULL if either is. */
export const millisecondsBetween = (from: string, to: string): string => `ROUND((julianday(${to}) - julianday(${from})) * 86400000)`;
