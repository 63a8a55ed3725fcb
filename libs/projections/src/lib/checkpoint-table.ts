import type { Position } from '@hindsight/event-store';
import type Database from 'better-sqlite3';
import { prepared } from './read-models/sql';

/** How far one projection has applied the log, and the version of the projection that did. */
export interface Checkpoint {
  version: number;
  position: Position | undefined;
}

/** The checkpoints stored beside the read models, by projection name (the table is made if missing). */
export const storedCheckpoints = (db: Database.Database): Map<string, Checkpoint> => {
  db.exec('CREATE TABLE IF NOT EXISTS projection_checkpoints (name TEXT PRIMARY KEY, version INTEGER NOT NULL, position TEXT) STRICT');
  const rows = db.prepare<[], { name: string; version: number; position: string | null }>('SELECT * FROM projection_checkpoints').all();
  return new Map(rows.map((r) => [r.name, { version: r.version, position: (r.position ?? undefined) as Position | undefined }]));
};

export const storeCheckpoint = (db: Database.Database, name: string, { version, position }: Checkpoint): void => {
  prepared(db, 'INSERT INTO projection_checkpoints (name, version, position) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET version = excluded.version, position = excluded.position').run(name, version, position ?? null);
};
