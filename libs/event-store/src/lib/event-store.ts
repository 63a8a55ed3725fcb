/**
 * The event store port. Adapters (SQLite, in-memory, KurrentDB) implement it and are all
 * held to one contract suite (`testing/event-store.contract.ts`).
 */

/** A stream's revision: 0 for its first event. bigint, as KurrentDB's revisions are. */
export type StreamRevision = bigint;

/** What the writer believes the stream's revision to be. */
export type ExpectedRevision = StreamRevision | 'no_stream' | 'stream_exists' | 'any';

/**
 * A place in the global log. Opaque to callers: compare with `comparePositions`,
 * store and pass back as-is, never do arithmetic on it.
 */
export type Position = string & { readonly __brand: 'Position' };

export interface EventMetadata {
  /** Who caused the change: the authenticated principal, never the request body. */
  actor: string;
  /** When the command was accepted, ISO-8601. */
  timestamp: string;
  correlationId: string;
  causationId: string;
  reason?: string;
  /**
   * For a command sent with an Idempotency-Key: SHA-256 of the request it came from (method,
   * path, body), so a reused key with a different request is told apart from a retry.
   */
  requestDigest?: string;
}

/** Links every event to its predecessor in the stream; see `hash-chain.ts`. */
export interface ChainLink {
  prevHash: string;
  hash: string;
}

export interface NewEvent {
  /** Unique across the store; appending the same ids again is a no-op. */
  id: string;
  type: string;
  schemaVersion: number;
  data: Record<string, unknown>;
  metadata: EventMetadata;
}

export interface RecordedEvent extends Omit<NewEvent, 'metadata'> {
  streamId: string;
  revision: StreamRevision;
  position: Position;
  metadata: EventMetadata & ChainLink;
}

export interface AppendResult {
  /** Revision of the last event appended: the stream's revision now. */
  revision: StreamRevision;
  /** Position of the last event appended, for read-your-writes. */
  position: Position;
}

export interface ReadStreamOptions {
  fromRevision?: StreamRevision;
  toRevision?: StreamRevision;
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. */
  after?: Position;
  limit?: number;
}

export type EventHandler = (event: RecordedEvent) => void | Promise<void>;

export interface Subscription {
  /** Stops delivery; resolves once the handler is no longer running. */
  close(): Promise<void>;
  /** Settles when the subscription ends: resolves on close, rejects if the handler threw. */
  readonly done: Promise<void>;
}

export interface EventStore {
  /**
   * Appends atomically, checking `expected` against the stream's revision.
   * Throws WrongExpectedRevisionError on a mismatch, DuplicateEventIdError when an id is
   * already stored elsewhere; returns the original result when all ids are already in this stream.
   */
  append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult>;
  /** A stream's events in revision order; empty for a stream that does not exist. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** Events of every stream in global order. */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /**
   * Every stream's events at or before `upTo`, one stream at a time, each whole and in revision
   * order; the streams once each, in an order of the adapter's choosing. What a rebuild folds
   * instead of the log in order. `pageSize`: how many events the adapter reads at a time.
   */
  readEachStream(upTo: Position, pageSize?: number): AsyncIterable<RecordedEvent[]>;
  /** The position of the newest event in the log; undefined while the log is empty. */
  lastPosition(): Promise<Position | undefined>;
  /** Delivers every event after `after` in global order, then new events as they are appended. */
  subscribe(handler: EventHandler, options?: { after?: Position }): Subscription;
  close(): Promise<void>;
}

export const comparePositions = (a: Position, b: Position): number => (a < b ? -1 : a > b ? 1 : 0);
