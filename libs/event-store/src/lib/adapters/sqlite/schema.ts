import type Database from 'better-sqlite3';

/**
 * One table is the whole log. `position` is the global order; `(stream_id, revision)`
 * is unique, which is what makes a lost race fail instead of forking a stream.
 */
export const migrate = (db: Database.Database): void => {
  db.exec(`
    CREATE TABLE IF NOT EXISTS events (
      position       INTEGER PRIMARY KEY AUTOINCREMENT,
      event_id       TEXT    NOT NULL UNIQUE,
      stream_id      TEXT    NOT NULL,
      revision       INTEGER NOT NULL,
      type           TEXT    NOT NULL,
      schema_version INTEGER NOT NULL,
      data           TEXT    NOT NULL,
      metadata       TEXT    NOT NULL,
      UNIQUE (stream_id, revision)
    ) STRICT;
  `);
};

/**
 * Durable by default: WAL with synchronous=FULL fsyncs the log on every commit, so an
 * acknowledged append survives a power cut. Writers from other processes wait for the lock.
 */
export const configure = (db: Database.Database, busyTimeoutMs: number): void => {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  db.defaultSafeIntegers(true);
};
