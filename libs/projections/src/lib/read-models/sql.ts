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
