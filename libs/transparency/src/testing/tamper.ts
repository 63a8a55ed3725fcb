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
