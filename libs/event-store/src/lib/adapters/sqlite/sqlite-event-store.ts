import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { catchUpSubscription, Wakeup } from '../../catch-up-subscription';
import { DuplicateEventIdError, StoreFullError, WrongExpectedRevisionError, describeRevision, matchesExpected } from '../../errors';
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
import { DEFAULT_MAX_APPEND_BYTES, requireAppendable } from '../../append-limit';
import { type StoredEventRef, earlierAppend } from '../../idempotency';
import { type EventRow, toRecordedEvent } from './rows';
import { configure, migrate } from './schema';

interface PendingAppend {
  streamId: string;
  events: readonly NewEvent[];
  expected: ExpectedRevision;
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

const storeError = (error: unknown): unknown => ((error as { code?: string }).code === 'SQLITE_FULL' ? new StoreFullError(error) : error);

export interface SqliteEventStoreOptions {
  /** How often subscribers look for events appended by other processes. */
  pollIntervalMs?: number;
  /** How long a writer waits for another process's write lock before failing. */
  busyTimeoutMs?: number;
  /** The most bytes one append may hold (see append-limit.ts); KurrentDB's default. */
  maxAppendBytes?: number;
}

/** The embedded default: one SQLite file, safe to share between processes. */
export class SqliteEventStore implements EventStore {
  private readonly wakeup: Wakeup;
  private readonly subscriptions = new Set<Subscription>();
  private readonly statements;
  private readonly appendInTransaction;
  private readonly inOneTransaction;
  private readonly queue: PendingAppend[] = [];
  private readonly maxAppendBytes: number;

  private constructor(
    private readonly db: Database.Database,
    options: SqliteEventStoreOptions,
  ) {
    this.wakeup = new Wakeup(options.pollIntervalMs ?? 100);
    this.maxAppendBytes = options.maxAppendBytes ?? DEFAULT_MAX_APPEND_BYTES;
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
      // Stream after stream along the (stream_id, revision) index, a page at a time from where the last one ended.
      byStream: db.prepare<[bigint, string, bigint, number], EventRow>(
        'SELECT * FROM events WHERE position <= ? AND (stream_id, revision) > (?, ?) ORDER BY stream_id, revision LIMIT ?',
      ),
      last: db.prepare<[], { position: bigint | null }>('SELECT max(position) AS position FROM events'),
    };
    // Nested in the group transaction, each append runs in a savepoint: a refused one leaves the others.
    this.appendInTransaction = db.transaction(this.appendNow.bind(this));
    this.inOneTransaction = db.transaction((work: () => void) => work());
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

  /**
   * Group commit: appends that arrive while the event loop is busy are committed together in
   * one transaction (one fsync), each in its own savepoint with its own expected-revision
   * check, and each acknowledged only once that transaction is durable.
   */
  append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      requireAppendable(streamId, events, this.maxAppendBytes);
      this.queue.push({ streamId, events, expected, resolve, reject });
      if (this.queue.length === 1) setImmediate(() => this.commitQueued());
    });
  }

  async readStream(streamId: string, { fromRevision, toRevision }: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const rows = this.statements.stream.all(streamId, fromRevision ?? 0n, toRevision ?? BigInt(Number.MAX_SAFE_INTEGER));
    return rows.map(toRecordedEvent);
  }

  async readAll({ after, limit = Number.MAX_SAFE_INTEGER }: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return this.statements.all.all(after === undefined ? 0n : parsePosition(after), limit).map(toRecordedEvent);
  }

  /** Streams in the order of their ids, each event read once. */
  async *readEachStream(upTo: Position, pageSize = 10_000): AsyncGenerator<RecordedEvent[]> {
    let stream: RecordedEvent[] = [];
    for (let after: EventRow | undefined; ; ) {
      const rows = this.statements.byStream.all(parsePosition(upTo), after?.stream_id ?? '', after?.revision ?? -1n, pageSize);
      for (const row of rows) {
        if (stream.length > 0 && stream[0].streamId !== row.stream_id) {
          yield stream;
          stream = [];
        }
        stream.push(toRecordedEvent(row));
      }
      after = rows.at(-1);
      if (rows.length < pageSize) break;
    }
    if (stream.length > 0) yield stream;
  }

  async lastPosition(): Promise<Position | undefined> {
    const { position } = this.statements.last.get() ?? { position: null };
    return position === null ? undefined : formatPosition(BigInt(position));
  }

  subscribe(handler: EventHandler, { after }: { after?: Position } = {}): Subscription {
    const subscription = catchUpSubscription((o) => this.readAll(o), this.wakeup.wait, handler, after);
    this.subscriptions.add(subscription);
    void subscription.done.finally(() => this.subscriptions.delete(subscription)).catch(() => undefined);
    return subscription;
  }

  async close(): Promise<void> {
    this.commitQueued();
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    if (this.db.open) this.db.close();
  }

  private commitQueued(): void {
    const batch = this.queue.splice(0);
    if (batch.length === 0) return;
    const outcomes: ({ result: AppendResult } | { error: unknown })[] = [];
    try {
      // IMMEDIATE takes the write lock before reading heads, so two processes cannot both pass a check.
      this.inOneTransaction.immediate(() => {
        for (const { streamId, events, expected } of batch) {
          try {
            outcomes.push({ result: this.appendInTransaction(streamId, events, expected) });
          } catch (error) {
            // A refused append leaves the others; a failing database (full disk, I/O) fails them all.
            if (!(error instanceof WrongExpectedRevisionError || error instanceof DuplicateEventIdError)) throw error;
            outcomes.push({ error });
          }
        }
      });
    } catch (error) {
      batch.forEach((pending) => pending.reject(storeError(error)));
      return;
    }
    this.wakeup.notify();
    batch.forEach((pending, i) => {
      const outcome = outcomes[i];
      if ('result' in outcome) pending.resolve(outcome.result);
      else pending.reject(storeError(outcome.error));
    });
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
