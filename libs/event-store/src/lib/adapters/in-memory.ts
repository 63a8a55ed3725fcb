import { catchUpSubscription, Wakeup } from '../catch-up-subscription';
import { WrongExpectedRevisionError, describeRevision, matchesExpected } from '../errors';
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
} from '../event-store';
import { chainEvents } from '../hash-chain';
import { formatPosition } from '../position';
import { DEFAULT_MAX_APPEND_BYTES, requireAppendable } from '../append-limit';
import { earlierAppend } from '../idempotency';

/** The shared storage behind in-memory connections, so tests can open several on one log. */
export class InMemoryLog {
  readonly all: RecordedEvent[] = [];
  readonly streams = new Map<string, RecordedEvent[]>();
  readonly byId = new Map<string, RecordedEvent>();
  readonly wakeup = new Wakeup(1_000);
}

/** For unit tests and tools: the whole port, nothing persisted. */
export class InMemoryEventStore implements EventStore {
  constructor(
    private readonly log: InMemoryLog = new InMemoryLog(),
    private readonly maxAppendBytes = DEFAULT_MAX_APPEND_BYTES,
  ) {}

  /** Another connection to the same log, as a second process would open the same file. */
  connectAgain(): InMemoryEventStore {
    return new InMemoryEventStore(this.log, this.maxAppendBytes);
  }

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    requireAppendable(streamId, events, this.maxAppendBytes);
    const stream = this.log.streams.get(streamId) ?? [];
    const replay = earlierAppend(streamId, events, events.map((e) => this.log.byId.get(e.id)));
    if (replay) return replay;
    const last = stream.at(-1);
    if (!matchesExpected(expected, last?.revision)) {
      throw new WrongExpectedRevisionError(streamId, expected, describeRevision(last?.revision));
    }
    const recorded = chainEvents(streamId, events, last?.revision, last?.metadata.hash).map(
      (event, i): RecordedEvent => ({
        ...structuredClone(event),
        streamId,
        position: formatPosition(BigInt(this.log.all.length + i + 1)),
      }),
    );
    this.log.all.push(...recorded);
    this.log.streams.set(streamId, [...stream, ...recorded]);
    recorded.forEach((event) => this.log.byId.set(event.id, event));
    this.log.wakeup.notify();
    const head = recorded[recorded.length - 1];
    return { revision: head.revision, position: head.position };
  }

  async readStream(streamId: string, { fromRevision, toRevision }: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return (this.log.streams.get(streamId) ?? [])
      .filter((e) => (fromRevision === undefined || e.revision >= fromRevision) && (toRevision === undefined || e.revision <= toRevision))
      .map((e) => structuredClone(e));
  }

  async readAll({ after, limit = Number.MAX_SAFE_INTEGER }: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return this.log.all
      .filter((e) => after === undefined || e.position > after)
      .slice(0, limit)
      .map((e) => structuredClone(e));
  }

  async *readEachStream(upTo: Position): AsyncGenerator<RecordedEvent[]> {
    for (const stream of [...this.log.streams.values()]) {
      const whole = stream.filter((e) => e.position <= upTo).map((e) => structuredClone(e));
      if (whole.length > 0) yield whole;
    }
  }

  async lastPosition(): Promise<Position | undefined> {
    return this.log.all.at(-1)?.position;
  }

  subscribe(handler: EventHandler, { after }: { after?: Position } = {}): Subscription {
    return catchUpSubscription((o) => this.readAll(o), this.log.wakeup.wait, handler, after);
  }

  async close(): Promise<void> {
    return;
  }
}
