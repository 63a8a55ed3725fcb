import type { EventStore, Position } from '@hindsight/event-store';
import Database from 'better-sqlite3';
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';
import { openReadModels } from './read-model-database';
import type { Progress, RunnerOptions } from './runner-options';

const SIDE_FILES = ['-wal', '-shm'];

const remove = (path: string): void => ['', ...SIDE_FILES].forEach((suffix) => rmSync(path + suffix, { force: true }));

const flushToDisk = (path: string): void => {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
};

/**
 * Leaves the old read models as one file: its write-ahead log checkpointed into it and removed,
 * which SQLite does when the last connection closes. A log still there afterwards belongs to
 * another process that has the file open, and would be replayed into the new file.
 */
const settle = (path: string): void => {
  if (!existsSync(path)) return;
  const db = new Database(path);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  if (SIDE_FILES.some((suffix) => existsSync(path + suffix))) {
    throw new Error(`${path} is open in another process: stop the API before rebuilding its read models`);
  }
};

export interface RebuiltFile {
  applied: number;
  position: Position | undefined;
}

/**
 * Rebuilds every read model into a new file beside `path`, then puts it in the old one's place:
 * until then the old read models stay whole and readable, and a rebuild that fails leaves them
 * as they were. Nothing in the new file counts before the rename, so it is written without
 * waiting for the disk (`synchronous=OFF`; a power cut leaves a file the next rebuild removes)
 * and flushed once, whole, before it replaces the old. Offline: no other process may have
 * `path` open.
 */
export const rebuildReadModelsFile = async (
  store: EventStore,
  path: string,
  projections: readonly Projection[],
  options: RunnerOptions = {},
  onProgress?: (progress: Progress) => void,
): Promise<RebuiltFile> => {
  const building = `${path}.rebuilding`;
  // Refused now rather than after the work, and again before the swap in case it was opened meanwhile.
  settle(path);
  remove(building);
  const db = openReadModels(building);
  let rebuilt: RebuiltFile;
  try {
    db.pragma('synchronous = OFF');
    const runner = new ProjectionRunner(store, db, projections, options);
    rebuilt = { applied: await runner.rebuild(undefined, onProgress), position: runner.position };
    db.close();
  } catch (error) {
    if (db.open) db.close();
    remove(building);
    throw error;
  }
  try {
    flushToDisk(building);
    settle(path);
  } catch (error) {
    remove(building);
    throw error;
  }
  renameSync(building, path);
  flushToDisk(dirname(path));
  return rebuilt;
};
