import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/**
 * The read models' own SQLite file, beside the event store. Rebuildable from the events, so
 * synchronous=NORMAL: a power cut can lose the last transactions, and the runner's
 * checkpoints (written in the same transactions) make it apply them again.
 */
export const openReadModels = (path: string): Database.Database => {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  return db;
};

/** data/hindsight.sqlite → data/hindsight.read-models.sqlite */
export const readModelsPathFor = (eventStorePath: string): string =>
  eventStorePath === ':memory:' ? ':memory:' : eventStorePath.replace(/(\.sqlite)?$/, '.read-models.sqlite');
