import { chainEvents, type EventMetadata, type NewEvent } from '@hindsight/event-store';
import Database from 'better-sqlite3';

/**
 * What an attacker with write access to the embedded store's file can do, for tamper tests:
 * each edit is made with SQL on the file, and the report's per-stream hash chain is recomputed
 * so that the chain alone shows nothing.
 */
interface Row {
  position: number;
  event_id: string;
  revision: number;
  type: string;
  schema_version: number;
  data: string;
  metadata: string;
}

const open = (file: string) => new Database(file);

const readStream = (db: Database.Database, streamId: string): Row[] =>
  db.prepare<[string], Row>('SELECT position, event_id, revision, type, schema_version, data, metadata FROM events WHERE stream_id = ? ORDER BY revision').all(streamId);

const withoutChain = ({ prevHash: _p, hash: _h, ...metadata }: EventMetadata & { prevHash?: string; hash?: string }): EventMetadata => metadata;

/** Rewrites the stream's events from `revision` on with `change` applied to that one, and a freshly recomputed chain. */
export const rewriteEvent = (file: string, streamId: string, revision: number, change: (event: NewEvent) => NewEvent): void => {
  const db = open(file);
  try {
    const rows = readStream(db, streamId);
    const events: NewEvent[] = rows.map((row) => ({ id: row.event_id, type: row.type, schemaVersion: row.schema_version, data: JSON.parse(row.data), metadata: withoutChain(JSON.parse(row.metadata)) }));
    events[revision] = change(events[revision]);
    const rechained = chainEvents(streamId, events, undefined);
    const update = db.prepare('UPDATE events SET data = ?, metadata = ? WHERE position = ?');
    db.transaction(() => rechained.forEach((event, i) => update.run(JSON.stringify(event.data), JSON.stringify(event.metadata), rows[i].position)))();
  } finally {
    db.close();
  }
};

/** Deletes the last `count` events of a stream: a chain cannot show its own end was cut. */
export const cutStream = (file: string, streamId: string, count: number): void => {
  const db = open(file);
  try {
    const rows = readStream(db, streamId);
    const remove = db.prepare('DELETE FROM events WHERE position = ?');
    rows.slice(-count).forEach((row) => remove.run(row.position));
  } finally {
    db.close();
  }
};

export const deleteStream = (file: string, streamId: string): void => {
  const db = open(file);
  try {
    db.prepare('DELETE FROM events WHERE stream_id = ?').run(streamId);
  } finally {
    db.close();
  }
};

/** Runs any SQL on the file, for attacks on other tables. */
export const runSql = (file: string, sql: string, ...params: unknown[]): void => {
  const db = open(file);
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
};

/** Swaps the contents of two events of the log, so they trade places in the global order; each stream's chain is untouched. */
export const swapEvents = (file: string, first: number, second: number): void => {
  const db = open(file);
  try {
    const row = db.prepare<[number], Row & { stream_id: string }>('SELECT * FROM events WHERE position = ?');
    const [a, b] = [row.get(first), row.get(second)];
    if (!a || !b) throw new Error('no such positions');
    const write = db.prepare('UPDATE events SET event_id = ?, stream_id = ?, revision = ?, type = ?, schema_version = ?, data = ?, metadata = ? WHERE position = ?');
    db.transaction(() => {
      write.run(`swap-${a.event_id}`, `swap-${a.stream_id}`, -1, a.type, a.schema_version, a.data, a.metadata, first);
      write.run(a.event_id, a.stream_id, a.revision, a.type, a.schema_version, a.data, a.metadata, second);
      write.run(b.event_id, b.stream_id, b.revision, b.type, b.schema_version, b.data, b.metadata, first);
    })();
  } finally {
    db.close();
  }
};

/** Deletes the newest `count` events of the whole log: a rollback. */
export const rollBack = (file: string, count: number): void => runSql(file, 'DELETE FROM events WHERE position IN (SELECT position FROM events ORDER BY position DESC LIMIT ?)', count);
