import { type Authorship, authorshipAfter, type PostmortemState } from '@hindsight/domain';
import type { AppendResult, EventStore, RecordedEvent } from '@hindsight/event-store';
import { LRUCache } from 'lru-cache';
import type { Folded } from '../../audit/report-history';
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
 * Where the command side takes each report's folded state from: the read side's
 * (`ReportHistory`), so that the API holds one folded copy of each report, not one per side.
 */
export interface FoldedReports {
  latestOf(streamId: string): Promise<Folded | undefined>;
}

/**
 * The commands' answers and authors of at most this many events are held, least recently used
 * reports leaving first (a report of 10,000 events counts 10,000).
 */
export const KNOWN_EVENTS_LIMIT = 50_000;

/** What the command side keeps of a report beside its folded state. */
type Remembered = Omit<KnownStream, 'state'>;

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
  private readonly known: LRUCache<string, Remembered>;

  constructor(
    private readonly store: EventStore,
    private readonly reports: FoldedReports,
    eventsLimit = KNOWN_EVENTS_LIMIT,
  ) {
    this.known = new LRUCache({ maxSize: eventsLimit, sizeCalculation: (stream) => Number(stream.head.revision) + 1 });
  }

  /** The stream as it stands in the store now; undefined while it does not exist. */
  async current(streamId: string): Promise<KnownStream | undefined> {
    const folded = await this.reports.latestOf(streamId);
    if (!folded) return undefined;
    const known = this.known.get(streamId);
    if (known?.head.revision === folded.revision) return { ...known, state: folded.state };

    // The events the folded state has and this memory has not: their commands and authors.
    const newer = await this.store.readStream(streamId, { fromRevision: known ? known.head.revision + 1n : 0n, toRevision: folded.revision });
    const results = known?.results ?? new Map<string, AppliedCommand>();
    for (const event of newer) results.set(event.metadata.causationId, appliedBy(event));
    const authorship = newer.reduce<Authorship | undefined>(
      (authors, event) => authorshipAfter(authors, { type: toDomainEvent(event).type, actor: event.metadata.actor }),
      known?.authorship,
    ) as Authorship;
    const remembered = { head: resultOf(folded.event), results, authorship };
    this.known.set(streamId, remembered);
    return { ...remembered, state: folded.state };
  }
}
