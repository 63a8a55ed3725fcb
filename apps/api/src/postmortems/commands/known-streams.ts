import { type Authorship, authorshipAfter, fold, type PostmortemState } from '@hindsight/domain';
import type { AppendResult, EventStore, RecordedEvent } from '@hindsight/event-store';
import { LRUCache } from 'lru-cache';
import { toDomainEvent } from '../stored-events';

/** A report's stream as the command side last read it. */
export interface KnownStream {
  head: AppendResult;
  state: PostmortemState;
  /** What each command applied to the stream returned, by command id, so a retry gets the same answer. */
  results: Map<string, AppliedCommand>;
  /** Who drafted the report and who edited it last, for the four-eyes rule on approval. */
  authorship: Authorship;
}

/** A command the stream holds: what it answered, and the fingerprint of the request it came from. */
export interface AppliedCommand extends AppendResult {
  requestDigest?: string;
}

/**
 * At most this many events are held folded, least recently used reports leaving first
 * (a report of 10,000 events counts 10,000). Folded state takes about as much memory as the
 * parsed events, roughly a kilobyte each.
 */
export const KNOWN_EVENTS_LIMIT = 50_000;

const resultOf = (event: RecordedEvent): AppendResult => ({ revision: event.revision, position: event.position });
const appliedBy = (event: RecordedEvent): AppliedCommand => ({
  ...resultOf(event),
  ...(event.metadata.requestDigest === undefined ? {} : { requestDigest: event.metadata.requestDigest }),
});

/**
 * The command side's memory of each report, so that a command reads only the events appended
 * since the last one (by this process or any other) instead of the whole stream. What it holds
 * is only ever built from stored events, so it cannot run ahead of the store.
 */
export class KnownStreams {
  private readonly known: LRUCache<string, KnownStream>;

  constructor(
    private readonly store: EventStore,
    eventsLimit = KNOWN_EVENTS_LIMIT,
  ) {
    this.known = new LRUCache({ maxSize: eventsLimit, sizeCalculation: (stream) => Number(stream.head.revision) + 1 });
  }

  /** The stream as it stands in the store now; undefined while it does not exist. */
  async current(streamId: string): Promise<KnownStream | undefined> {
    const known = this.known.get(streamId);
    const newer = await this.store.readStream(streamId, known && { fromRevision: known.head.revision + 1n });
    const last = newer.at(-1);
    if (!last) return known;

    const domainEvents = newer.map(toDomainEvent);
    const state = fold(domainEvents, known?.state ?? null);
    const results = known?.results ?? new Map<string, AppliedCommand>();
    for (const event of newer) results.set(event.metadata.causationId, appliedBy(event));
    const authorship = domainEvents.reduce<Authorship | undefined>(
      (authors, event, i) => authorshipAfter(authors, { type: event.type, actor: newer[i].metadata.actor }),
      known?.authorship,
    ) as Authorship;
    const current = { head: resultOf(last), state, results, authorship };
    this.known.set(streamId, current);
    return current;
  }
}
