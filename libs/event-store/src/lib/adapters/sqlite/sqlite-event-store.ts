import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { catchUpSubscription, Wakeup } from '../../catch-up-subscription';
import { StoreFullError, WrongExpectedRevisionError, describeRevision, matchesExpected } from '../../errors';
import type {
  AppendResult,
  ChainLink,
  EventHandler,
  EventStore,
  ExpectedRevision,
  NewEvent,
  Position,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  Subscription,
} from '../../event-store';
import { chainEvents } from '../../hash-chain';
import { formatPosition, parsePosition } from '../../position';
import { type StoredEventRef, earlierAppend, requireEvents } from '../../idempotency';
import { type EventRow, toRecordedEvent } from './rows';
import { configure, migrate } from './schema';

export interface SqliteEventStoreOptions {
  /** How often subscribers look for events appended by other processes. */
  pollIntervalMs?: number;
  /** How long a writer waits for another process's write lock before failing. */
  busyTimeoutMs?: number;
}

/** The embedded default: one SQLite file, safe to share between processes. */
export class SqliteEventStore implements EventStore {
  private readonly wakeup: Wakeup;
  private readonly subscriptions = new Set<Subscription>();
  private readonly statements;
  private readonly appendInTransaction;

  private constructor(
    private readonly db: Database.Database,
    options: SqliteEventStoreOptions,
  ) {
    this.wakeup = new Wakeup(options.pollIntervalMs ?? 100);
    this.statements = {
      head: db.prepare<[string], { revision: bigint; metadata: string }>(
        'SELECT revision, metadata FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1',
      ),
      byId: db.prepare<[string], { stream_id: string; revision: bigint; position: bigint }>(
        'SELECT stream_id, revision, position FROM events WHERE event_id = ?',
      ),
      insert: db.prepare(
        `INSERT INTO events (event_id, stream_id, revision, type, schema_version, data, metadata)
         VALUES (@id, @streamId, @revision, @type, @schemaVersion, @data, @metadata)`,
      ),
      stream: db.prepare<[string, bigint, bigint], EventRow>(
        'SELECT * FROM events WHERE stream_id = ? AND revision BETWEEN ? AND ? ORDER BY revision',
      ),
      all: db.prepare<[bigint, number], EventRow>('SELECT * FROM events WHERE position > ? ORDER BY position LIMIT ?'),
    };
    this.appendInTransaction = db.transaction(this.appendNow.bind(this));
  }

  static open(path: string, options: SqliteEventStoreOptions = {}): SqliteEventStore {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    configure(db, options.busyTimeoutMs ?? 5_000);
    migrate(db);
    return new SqliteEventStore(db, options);
  }

  /** The database handle, for tools that work next to the log (backups, read models). */
  get database(): Database.Database {
    return this.db;
  }

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    requireEvents(events);
    try {
      // IMMEDIATE takes the write lock before reading the head, so two processes cannot both pass the check.
      const result = this.appendInTransaction.immediate(streamId, events, expected);
      this.wakeup.notify();
      return result;
    } catch (error) {
      throw (error as { code?: string }).code === 'SQLITE_FULL' ? new StoreFullError(error) : error;
    }
  }

  async readStream(streamId: string, { fromRevision, toRevision }: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const rows = this.statements.stream.all(streamId, fromRevision ?? 0n, toRevision ?? BigInt(Number.MAX_SAFE_INTEGER));
    return rows.map(toRecordedEvent);
  }

  async readAll({ after, limit = Number.MAX_SAFE_INTEGER }: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return this.statements.all.all(after === undefined ? 0n : parsePosition(after), limit).map(toRecordedEvent);
  }

  subscribe(handler: EventHandler, { after }: { after?: Position } = {}): Subscription {
    const subscription = catchUpSubscription((o) => this.readAll(o), this.wakeup.wait, handler, after);
    this.subscriptions.add(subscription);
    void subscription.done.finally(() => this.subscriptions.delete(subscription)).catch(() => undefined);
    return subscription;
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    if (this.db.open) this.db.close();
  }

  private appendNow(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): AppendResult {
    const replay = earlierAppend(streamId, events, events.map((e) => this.storedRef(e.id)));
    if (replay) return replay;
    const head = this.statements.head.get(streamId);
    if (!matchesExpected(expected, head?.revision)) {
      throw new WrongExpectedRevisionError(streamId, expected, describeRevision(head?.revision));
    }
    const prevHash = head ? (JSON.parse(head.metadata) as ChainLink).hash : undefined;
    let position = 0n;
    for (const event of chainEvents(streamId, events, head?.revision, prevHash)) {
      const info = this.statements.insert.run({
        id: event.id,
        streamId,
        revision: event.revision,
        type: event.type,
        schemaVersion: event.schemaVersion,
        data: JSON.stringify(event.data),
        metadata: JSON.stringify(event.metadata),
      });
      position = BigInt(info.lastInsertRowid);
    }
    return { revision: (head?.revision ?? -1n) + BigInt(events.length), position: formatPosition(position) };
  }

  private storedRef(eventId: string): StoredEventRef | undefined {
    const row = this.statements.byId.get(eventId);
    return row && { streamId: row.stream_id, revision: row.revision, position: formatPosition(row.position) };
  }
}
