import { AppendTooLargeError } from './errors';
import type { NewEvent } from './event-store';

/** KurrentDB's default maximum append size, and so the embedded store's too: what works on a laptop works in production. */
export const DEFAULT_MAX_APPEND_BYTES = 1_048_576;

/** What the hash-chain link adds to each event's metadata: two 64-digit hashes and their names. */
const CHAIN_LINK_BYTES = 160;

/** An append's size as the stores count it: each event's data and metadata as UTF-8 JSON, its chain link included. */
export const appendBytes = (events: readonly NewEvent[]): number =>
  events.reduce((sum, e) => sum + Buffer.byteLength(JSON.stringify(e.data)) + Buffer.byteLength(JSON.stringify(e.metadata)) + CHAIN_LINK_BYTES, 0);

/** Every store's precondition on an append: at least one event, and not over the limit. */
export const requireAppendable = (streamId: string, events: readonly NewEvent[], limit: number): void => {
  if (events.length === 0) throw new RangeError('An append needs at least one event');
  const bytes = appendBytes(events);
  if (bytes > limit) throw new AppendTooLargeError(streamId, bytes, limit);
};

/** Splits one stream's events into consecutive appends that each fit the limit (one event over it stays alone, to be refused). */
export const appendsWithin = <T extends NewEvent>(events: readonly T[], limit: number = DEFAULT_MAX_APPEND_BYTES): T[][] =>
  events.reduce<{ chunks: T[][]; bytes: number }>(
    (acc, event) => {
      const size = appendBytes([event]);
      const last = acc.chunks.at(-1);
      if (last && acc.bytes + size <= limit) {
        last.push(event);
        acc.bytes += size;
      } else {
        acc.chunks.push([event]);
        acc.bytes = size;
      }
      return acc;
    },
    { chunks: [], bytes: 0 },
  ).chunks;
