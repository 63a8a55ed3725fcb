import { DuplicateEventIdError } from './errors';
import type { AppendResult, NewEvent, Position, StreamRevision } from './event-store';

export interface StoredEventRef {
  streamId: string;
  revision: StreamRevision;
  position: Position;
}

/**
 * Appends are idempotent by event id. Given where each new event's id is already stored
 * (undefined: nowhere), returns the earlier append's result when this is a retry of
 * exactly that append, undefined when every id is new, and throws when ids are reused.
 */
export const earlierAppend = (
  streamId: string,
  events: readonly NewEvent[],
  stored: readonly (StoredEventRef | undefined)[],
): AppendResult | undefined => {
  if (stored.every((ref) => ref === undefined)) return undefined;
  const first = stored[0];
  const isRetry =
    first !== undefined &&
    stored.every((ref, i) => ref !== undefined && ref.streamId === streamId && ref.revision === first.revision + BigInt(i));
  if (!isRetry) throw new DuplicateEventIdError(events[stored.findIndex((ref) => ref !== undefined)].id);
  const last = stored[stored.length - 1] as StoredEventRef;
  return { revision: last.revision, position: last.position };
};
