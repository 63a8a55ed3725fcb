import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { ChainLink, EventMetadata, EventStore, NewEvent, Position, RecordedEvent, StreamRevision } from './event-store';

/**
 * Tamper evidence. Each event's hash covers its canonical JSON (RFC 8785) together with
 * its stream, revision and the previous event's hash, so changing, removing or
 * reordering any stored event breaks the chain from that event on.
 */
export const GENESIS_HASH = '0'.repeat(64);

type Hashable = Omit<NewEvent, 'metadata'> & {
  streamId: string;
  revision: StreamRevision;
  metadata: EventMetadata & { prevHash: string };
};

export const hashEvent = ({ streamId, revision, id, type, schemaVersion, data, metadata }: Hashable): string => {
  const content = canonicalize({ streamId, revision: revision.toString(), id, type, schemaVersion, data, metadata });
  if (content === undefined) throw new TypeError('Event is not JSON-serialisable');
  return createHash('sha256').update(content).digest('hex');
};

/** Chains new events onto a stream whose last event has hash `prevHash` at `lastRevision`. */
export const chainEvents = (
  streamId: string,
  events: readonly NewEvent[],
  lastRevision: StreamRevision | undefined,
  prevHash: string = GENESIS_HASH,
): (NewEvent & { revision: StreamRevision; metadata: EventMetadata & ChainLink })[] => {
  let previous = prevHash;
  let revision = lastRevision ?? -1n;
  return events.map((event) => {
    revision += 1n;
    const linked = { ...event, streamId, revision, metadata: { ...event.metadata, prevHash: previous } };
    const hash = hashEvent(linked);
    previous = hash;
    return { ...event, revision, metadata: { ...linked.metadata, hash } };
  });
};

export type ChainVerdict =
  | { valid: true; events: number; head: string }
  | { valid: false; events: number; brokenAt: StreamRevision; eventId: string; reason: string };

/** Why `event` does not continue a chain whose last link was `previous` at revision `expected - 1`, if it does not. */
export const brokenLink = (event: RecordedEvent, expected: StreamRevision, previous: string): string | undefined => {
  if (event.revision !== expected) return `expected revision ${expected}, found ${event.revision}`;
  if (event.metadata.prevHash !== previous) return 'previous-hash link does not match the preceding event';
  const { hash, ...metadata } = event.metadata;
  if (hashEvent({ ...event, metadata }) !== hash) return 'content does not match its hash';
  return undefined;
};

/** Checks one stream's events, in revision order, from its first event. */
export const verifyChain = (events: readonly RecordedEvent[]): ChainVerdict => {
  let previous = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    const reason = brokenLink(event, BigInt(index), previous);
    if (reason) return { valid: false, events: events.length, brokenAt: event.revision, eventId: event.id, reason };
    previous = event.metadata.hash;
  }
  return { valid: true, events: events.length, head: previous };
};

export interface BrokenStream {
  streamId: string;
  revision: StreamRevision;
  eventId: string;
  reason: string;
}

/**
 * Verifies the whole log as it is read in global order, one stream's chain at a time,
 * remembering only each stream's last link. Reports the first broken link of each stream.
 */
export class LogVerifier {
  private readonly heads = new Map<string, { next: StreamRevision; hash: string } | 'broken'>();
  readonly broken: BrokenStream[] = [];
  events = 0;

  add(event: RecordedEvent): void {
    this.events += 1;
    const head = this.heads.get(event.streamId) ?? { next: 0n, hash: GENESIS_HASH };
    if (head === 'broken') return;
    const reason = brokenLink(event, head.next, head.hash);
    if (reason) {
      this.broken.push({ streamId: event.streamId, revision: event.revision, eventId: event.id, reason });
      this.heads.set(event.streamId, 'broken');
    } else {
      this.heads.set(event.streamId, { next: event.revision + 1n, hash: event.metadata.hash });
    }
  }

  get streams(): number {
    return this.heads.size;
  }
}

/** Reads a store's whole log once, page by page, and verifies every stream's chain. */
export const verifyLog = async (store: Pick<EventStore, 'readAll'>, pageSize = 5_000): Promise<LogVerifier> => {
  const verifier = new LogVerifier();
  for (let after: Position | undefined; ; ) {
    const page = await store.readAll({ after, limit: pageSize });
    page.forEach((event) => verifier.add(event));
    if (page.length < pageSize) return verifier;
    after = page[page.length - 1].position;
    await betweenPages();
  }
};

/**
 * Reading a page of the embedded store and hashing it is synchronous work, and awaiting it does
 * not let I/O in: without this, checking a million-event log at start kept every request
 * waiting 25 s. Between pages, requests and timers run.
 */
export const betweenPages = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
