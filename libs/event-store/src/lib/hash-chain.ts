import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { ChainLink, EventMetadata, NewEvent, RecordedEvent, StreamRevision } from './event-store';

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

/** Checks one stream's events, in revision order, from its first event. */
export const verifyChain = (events: readonly RecordedEvent[]): ChainVerdict => {
  let previous = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    const broken = (reason: string): ChainVerdict => ({
      valid: false,
      events: events.length,
      brokenAt: event.revision,
      eventId: event.id,
      reason,
    });
    if (event.revision !== BigInt(index)) return broken(`expected revision ${index}, found ${event.revision}`);
    if (event.metadata.prevHash !== previous) return broken('previous-hash link does not match the preceding event');
    const { hash, ...metadata } = event.metadata;
    if (hashEvent({ ...event, metadata }) !== hash) return broken('content does not match its hash');
    previous = hash;
  }
  return { valid: true, events: events.length, head: previous };
};
