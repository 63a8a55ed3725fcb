import {
  BACKWARDS,
  END,
  excludeSystemEvents,
  FORWARDS,
  type JSONRecordedEvent,
  KurrentDBClient,
  NO_STREAM,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import { WrongExpectedRevisionError, describeRevision, matchesExpected } from '../../errors';
import type {
  AppendResult,
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
import { DEFAULT_MAX_APPEND_BYTES, requireAppendable } from '../../append-limit';
import { earlierAppend, type StoredEventRef } from '../../idempotency';
import { decodePosition, isHindsightEvent, toEventData, toRecordedEvent, toWrongExpectedRevision } from './kurrentdb-mapping';
import { eachStreamFromTheLog } from '../../each-stream';

/** A retried append is recognised among the stream's most recent events. */
const IDEMPOTENCY_WINDOW = 500n;

/**
 * EventStoreDB / KurrentDB through the official client, for teams that need a replicated
 * cluster. The hash chain is computed here, as in every adapter, and travels in the event's
 * metadata; appends are checked against the stream head they were chained onto.
 */
export class KurrentDbEventStore implements EventStore {
  private readonly subscriptions = new Set<Subscription>();

  constructor(
    private readonly client: KurrentDBClient,
    private readonly maxAppendBytes = DEFAULT_MAX_APPEND_BYTES,
  ) {}

  static connect(connectionString: string, { maxAppendBytes = DEFAULT_MAX_APPEND_BYTES }: { maxAppendBytes?: number } = {}): KurrentDbEventStore {
    return new KurrentDbEventStore(KurrentDBClient.connectionString(connectionString), maxAppendBytes);
  }

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    requireAppendable(streamId, events, this.maxAppendBytes);
    for (;;) {
      // One round trip for one event: the head to chain onto, which is also where a retried append would end.
      const [head] = await this.collect(this.client.readStream(streamId, { fromRevision: END, direction: BACKWARDS, maxCount: 1n }));
      const retried = head !== undefined && events.some((e) => e.id === head.id);
      if (retried || expected === 'any' || !matchesExpected(expected, head?.revision)) {
        // Rarer: a retry, the head moved since the caller looked (perhaps past this very append), or any revision will do:
        // look for an earlier copy of this append among the newest events (it throws if the ids were used otherwise).
        const replay = await this.earlierCopy(streamId, events);
        if (replay) return replay;
        if (!matchesExpected(expected, head?.revision)) throw new WrongExpectedRevisionError(streamId, expected, describeRevision(head?.revision));
      }
      const chained = chainEvents(streamId, events, head?.revision, head?.metadata.hash);
      try {
        const result = await this.client.appendToStream(streamId, chained.map(toEventData), { streamState: head?.revision ?? NO_STREAM });
        if (!result.position) throw new Error('KurrentDB did not return the position of the append (server older than 22.6?)');
        const [written] = await this.readStream(streamId, { fromRevision: result.nextExpectedRevision, toRevision: result.nextExpectedRevision });
        return { revision: result.nextExpectedRevision, position: written.position };
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        // Chained onto a head that moved: a caller who accepts any revision is chained again onto the new head.
        if (expected !== 'any') throw toWrongExpectedRevision(error, expected);
      }
    }
  }

  async readStream(streamId: string, { fromRevision, toRevision }: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const from = fromRevision ?? 0n;
    if (toRevision !== undefined && toRevision < from) return [];
    const maxCount = toRevision === undefined ? undefined : toRevision - from + 1n;
    return this.collect(this.client.readStream(streamId, { fromRevision: from, direction: FORWARDS, ...(maxCount ? { maxCount } : {}) }));
  }

  async readAll({ after, limit = Number.MAX_SAFE_INTEGER }: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    const read = this.client.readAll({ fromPosition: after ? decodePosition(after) : START, direction: FORWARDS, filter: excludeSystemEvents(), maxCount: limit + 1 });
    for await (const { event } of read) {
      if (!event || !event.isJson || !isHindsightEvent(event) || event.position === undefined) continue;
      const recorded = toRecordedEvent(event as JSONRecordedEvent, event.position);
      if (after !== undefined && recorded.position <= after) continue;
      events.push(recorded);
      if (events.length === limit) break;
    }
    return events;
  }

  /** $all has no order by stream: the streams are found in it, then read one by one. */
  readEachStream(upTo: Position, pageSize?: number): AsyncIterable<RecordedEvent[]> {
    return eachStreamFromTheLog(this, upTo, pageSize);
  }

  async lastPosition(): Promise<Position | undefined> {
    // The newest of our events, read backwards from the end of $all past any system events.
    const read = this.client.readAll({ fromPosition: END, direction: BACKWARDS, filter: excludeSystemEvents(), maxCount: 100 });
    for await (const { event } of read) {
      if (event?.isJson && isHindsightEvent(event) && event.position !== undefined) {
        return toRecordedEvent(event as JSONRecordedEvent, event.position).position;
      }
    }
    return undefined;
  }

  subscribe(handler: EventHandler, { after }: { after?: Position } = {}): Subscription {
    const source = this.client.subscribeToAll({ fromPosition: after ? decodePosition(after) : START, filter: excludeSystemEvents() });
    const run = async () => {
      for await (const { event } of source) {
        if (!event || !event.isJson || !isHindsightEvent(event)) continue;
        const recorded = toRecordedEvent(event as JSONRecordedEvent, event.position);
        if (after !== undefined && recorded.position <= after) continue;
        await handler(recorded);
      }
    };
    const done = run().finally(() => this.subscriptions.delete(subscription));
    const subscription: Subscription = {
      done,
      close: async () => {
        await source.unsubscribe();
        await done.catch(() => undefined);
      },
    };
    this.subscriptions.add(subscription);
    return subscription;
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    await this.client.dispose();
  }

  /** The result of an earlier append of these very events among the stream's newest, if it was stored. */
  private async earlierCopy(streamId: string, events: readonly NewEvent[]): Promise<AppendResult | undefined> {
    const recent = await this.collect(this.client.readStream(streamId, { fromRevision: END, direction: BACKWARDS, maxCount: IDEMPOTENCY_WINDOW }));
    const refs = new Map(recent.map((e): [string, StoredEventRef] => [e.id, e]));
    return earlierAppend(streamId, events, events.map((e) => refs.get(e.id)));
  }

  private async collect(read: AsyncIterable<{ event?: unknown }>): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    try {
      for await (const { event } of read) {
        const recorded = event as JSONRecordedEvent | undefined;
        if (recorded?.position) events.push(toRecordedEvent(recorded, recorded.position));
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }
}
