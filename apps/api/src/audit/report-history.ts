import { evolve, NotFound, type PostmortemState } from '@hindsight/domain';
import type { EventStore, RecordedEvent } from '@hindsight/event-store';
import { Inject, Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { EVENT_STORE, streamOf } from '../postmortems/tokens';
import { toDomainEvent } from '../postmortems/stored-events';

/**
 * A snapshot every this many revisions keeps time travel fast on long histories: each event
 * folded copies the arrays it appends to (80 KB at 10,000 timeline entries), so folding at
 * most 49 makes little garbage. The snapshots share every entry; each costs its arrays.
 */
const SNAPSHOT_EVERY = 50n;
/**
 * Folded reports kept in memory, least recently used first out, counted in the events folded
 * into them (a report of 10,000 events counts 10,000; folded state weighs under a kilobyte an
 * event, much of it shared between revisions). A miss re-reads and folds the whole stream, about
 * a millisecond for a report of 200 events. Sized for the reports an organisation edits and reads
 * at once, not for all it has: the soak's 100 open reviews of up to 120 events fit four times over.
 */
export const REPORT_EVENTS_KEPT = 50_000;

export type AsOf = number | string;

/** A report folded up to one of its events. */
export interface Folded {
  revision: bigint;
  state: PostmortemState;
  event: RecordedEvent;
}

/**
 * Reports as they stood at any revision or instant, folded from their events with the
 * domain's evolve (never from read models). Stored events never change, so neither do the
 * in-memory snapshots taken along the way.
 */
@Injectable()
export class ReportHistory {
  /** Per report, states every SNAPSHOT_EVERY revisions; a report's snapshots count the events of the latest. */
  private readonly snapshots = new LRUCache<string, Map<bigint, PostmortemState>>({ maxSize: REPORT_EVENTS_KEPT, sizeCalculation: (kept) => Number([...kept.keys()].reduce((a, b) => (a > b ? a : b), 0n)) + 1 });
  private readonly latest = new LRUCache<string, Folded>({ maxSize: REPORT_EVENTS_KEPT, sizeCalculation: (folded) => Number(folded.revision) + 1 });

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Events folded into the reports kept in memory now, up to REPORT_EVENTS_KEPT. */
  get eventsKept(): number {
    return this.latest.calculatedSize;
  }

  async events(postmortemId: string): Promise<RecordedEvent[]> {
    const events = await this.store.readStream(streamOf(postmortemId));
    if (events.length === 0) throw new NotFound('Report', postmortemId);
    return events;
  }

  /** The report as it stands now: the last state this process folded, brought up to date with the events since. */
  async current(postmortemId: string): Promise<{ state: PostmortemState; revision: number; event: RecordedEvent }> {
    const folded = await this.latestOf(streamOf(postmortemId));
    if (!folded) throw new NotFound('Report', postmortemId);
    return { ...folded, revision: Number(folded.revision) };
  }

  /**
   * A report's stream folded to its last event, from what this process last folded and the
   * events since; undefined while the stream does not exist. The command side takes its state
   * from here too, so the API holds one folded copy of each report.
   */
  async latestOf(stream: string): Promise<Folded | undefined> {
    const known = this.latest.get(stream);
    const events = await this.store.readStream(stream, { fromRevision: known ? known.revision + 1n : 0n });
    if (events.length === 0) return known;
    let { state, revision, event } = known ?? { state: null as PostmortemState, revision: -1n, event: events[0] };
    for (const next of events) {
      state = evolve(state, toDomainEvent(next));
      revision = next.revision;
      event = next;
      if (revision % SNAPSHOT_EVERY === 0n) this.remember(stream, revision, state);
    }
    const folded = { revision, state, event };
    this.latest.set(stream, folded);
    return folded;
  }

  /** The report at `asOf` (a revision, or the last revision at or before an instant) and that revision. */
  async stateAt(postmortemId: string, asOf: AsOf): Promise<{ state: PostmortemState; revision: number; event: RecordedEvent }> {
    const stream = streamOf(postmortemId);
    const revision = typeof asOf === 'number' ? BigInt(asOf) : await this.revisionAt(postmortemId, asOf);
    const [from, start] = this.nearestSnapshot(stream, revision);
    const events = await this.store.readStream(stream, { fromRevision: from + 1n, toRevision: revision });
    const last = events.at(-1);
    if (revision < 0n || (!last && from !== revision) || (last && last.revision !== revision)) {
      throw new NotFound(`Revision of report ${postmortemId}`, String(asOf));
    }
    let state = start;
    for (const event of events) {
      state = evolve(state, toDomainEvent(event));
      if (event.revision % SNAPSHOT_EVERY === 0n) this.remember(stream, event.revision, state);
    }
    const at = last ?? (await this.store.readStream(stream, { fromRevision: revision, toRevision: revision }))[0];
    return { state, revision: Number(revision), event: at };
  }

  private async revisionAt(postmortemId: string, instant: string): Promise<bigint> {
    const events = await this.events(postmortemId);
    const time = Date.parse(instant);
    const before = events.filter((e) => Date.parse(e.metadata.timestamp) <= time).at(-1);
    if (!before) throw new NotFound(`Report ${postmortemId} at`, instant);
    return before.revision;
  }

  private nearestSnapshot(stream: string, revision: bigint): [bigint, PostmortemState] {
    const kept = this.snapshots.get(stream);
    if (!kept) return [-1n, null];
    const best = [...kept.keys()].filter((r) => r <= revision).sort((a, b) => (a < b ? 1 : -1))[0];
    return best === undefined ? [-1n, null] : [best, kept.get(best) as PostmortemState];
  }

  private remember(stream: string, revision: bigint, state: PostmortemState): void {
    const kept = this.snapshots.get(stream) ?? new Map<bigint, PostmortemState>();
    kept.set(revision, state);
    this.snapshots.set(stream, kept);
  }
}
