import type { ExpectedRevision, StreamRevision } from './event-store';

/** Optimistic concurrency: somebody else appended to the stream first. */
export class WrongExpectedRevisionError extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: StreamRevision | 'no_stream',
  ) {
    super(`Stream '${streamId}' is at ${String(actual)}, not ${String(expected)}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

/** An event id is already stored, but not as this very append (another stream or another batch). */
export class DuplicateEventIdError extends Error {
  constructor(readonly eventId: string) {
    super(`Event id '${eventId}' is already stored as part of a different append`);
    this.name = 'DuplicateEventIdError';
  }
}

/** The store cannot take more data (disk or quota full). Nothing of the append was stored. */
export class StoreFullError extends Error {
  constructor(cause: unknown) {
    super('The event store is out of space', { cause });
    this.name = 'StoreFullError';
  }
}

export const describeRevision = (revision: StreamRevision | undefined): StreamRevision | 'no_stream' =>
  revision === undefined ? 'no_stream' : revision;

/** Whether a stream at `actual` (undefined: no stream) satisfies what the writer expected. */
export const matchesExpected = (expected: ExpectedRevision, actual: StreamRevision | undefined): boolean => {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return actual === undefined;
  if (expected === 'stream_exists') return actual !== undefined;
  return actual === expected;
};

/** The events of one append are over the store's limit (KurrentDB refuses such appends too). Nothing was stored. */
export class AppendTooLargeError extends Error {
  constructor(
    readonly streamId: string,
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(`The events for '${streamId}' are ${bytes} bytes; one append takes at most ${limit}`);
    this.name = 'AppendTooLargeError';
  }
}
