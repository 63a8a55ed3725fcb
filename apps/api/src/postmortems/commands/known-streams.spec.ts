import { fold, type PostmortemEvent } from '@hindsight/domain';
import { type EventStore, InMemoryEventStore, type NewEvent, type ReadStreamOptions } from '@hindsight/event-store';
import fc from 'fast-check';
import { toDomainEvent } from '../stored-events';
import { ReportHistory } from '../../audit/report-history';
import { KnownStreams } from './known-streams';

const drafted = (id: string): PostmortemEvent => ({
  type: 'PostmortemDrafted',
  data: { postmortemId: id, facts: { title: `Report ${id}`, severity: 'SEV3', services: ['checkout'], team: 'payments', occurredAt: '2026-03-14T09:00:00Z', customerImpact: '', summary: '' } },
});
const entryAdded = (n: number): PostmortemEvent => ({
  type: 'TimelineEntryAdded',
  data: { id: `tl-${n}`, at: '2026-03-14T09:12:00Z', kind: 'observation', description: `entry ${n}`, evidenceIds: [] },
});

let sequence = 0;
const stored = (event: PostmortemEvent, commandId = `command-${++sequence}`): NewEvent => ({
  id: `event-${++sequence}`,
  type: event.type,
  schemaVersion: 1,
  data: event.data as Record<string, unknown>,
  metadata: { actor: 'alice', timestamp: '2026-03-14T10:00:00Z', correlationId: commandId, causationId: commandId },
});

/** Counts the events each read hands back, to show what a command costs in reading. */
class CountingStore extends InMemoryEventStore {
  eventsRead = 0;
  override async readStream(streamId: string, options?: ReadStreamOptions) {
    const events = await super.readStream(streamId, options);
    this.eventsRead += events.length;
    return events;
  }
}

/** The command side's memory, taking folded states from the read side's history as the API does. */
const knownStreams = (store: EventStore, limit?: number) => new KnownStreams(store, new ReportHistory(store), limit);

const wholeStreamFolded = async (store: EventStore, streamId: string) => fold((await store.readStream(streamId)).map(toDomainEvent));

describe('Known streams: what the command side remembers of each report', () => {
  it('given a stream never written, knows nothing of it', async () => {
    expect(await knownStreams(new InMemoryEventStore()).current('postmortem-none')).toBeUndefined();
  });

  it('given a known report, when another writer appends, reads only the new events (once for the state, once for the commands they answer) and folds them onto what it knew', async () => {
    const store = new CountingStore();
    const streams = knownStreams(store);
    await store.append('postmortem-a', [stored(drafted('a')), ...[1, 2, 3].map((n) => stored(entryAdded(n)))], 'no_stream');
    await streams.current('postmortem-a');
    store.eventsRead = 0;

    await store.append('postmortem-a', [stored(entryAdded(4))], 3n);
    const known = await streams.current('postmortem-a');

    expect(store.eventsRead).toBe(2);
    expect(known?.head.revision).toBe(4n);
    expect(known?.state).toEqual(await wholeStreamFolded(store, 'postmortem-a'));
  });

  it('given a command already applied, answers with what its last event was given, even after later commands', async () => {
    const store = new InMemoryEventStore();
    const streams = knownStreams(store);
    await store.append('postmortem-a', [stored(drafted('a'))], 'no_stream');
    const first = await store.append('postmortem-a', [stored(entryAdded(1), 'retried'), stored(entryAdded(2), 'retried')], 0n);
    await store.append('postmortem-a', [stored(entryAdded(3))], 2n);

    expect((await streams.current('postmortem-a'))?.results.get('retried')).toEqual(first);
  });

  it('given more events than it may hold, forgets the commands of the least recently used report and reads them whole again when asked', async () => {
    const store = new CountingStore();
    const streams = knownStreams(store, 3);
    await store.append('postmortem-a', [stored(drafted('a')), stored(entryAdded(1))], 'no_stream');
    await store.append('postmortem-b', [stored(drafted('b')), stored(entryAdded(2))], 'no_stream');
    await streams.current('postmortem-a');
    await streams.current('postmortem-b');
    store.eventsRead = 0;

    const known = await streams.current('postmortem-a');

    expect(store.eventsRead).toBe(2);
    expect(known?.state).toEqual(await wholeStreamFolded(store, 'postmortem-a'));
  });

  it('whatever the interleaving of appends and reads, holds exactly the fold of the whole stream and the answer to each of its commands', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.boolean()), { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 12 }), async (steps, limit) => {
        const store = new InMemoryEventStore();
        const streams = knownStreams(store, limit);
        const ids = ['a', 'b'];
        for (const id of ids) await store.append(`postmortem-${id}`, [stored(drafted(id))], 'no_stream');
        for (const [[appended, readNow], n] of steps.map((step, n) => [step, n] as const)) {
          const streamId = `postmortem-${ids[n % 2]}`;
          const events = Array.from({ length: appended }, (_, i) => stored(entryAdded(n * 10 + i)));
          if (events.length > 0) await store.append(streamId, events, 'any');
          if (readNow) await streams.current(streamId);
        }
        for (const id of ids) {
          const whole = await store.readStream(`postmortem-${id}`);
          const known = await streams.current(`postmortem-${id}`);
          expect(known?.state).toEqual(await wholeStreamFolded(store, `postmortem-${id}`));
          expect(known?.head.revision).toBe(whole.at(-1)?.revision);
          expect([...(known?.results.keys() ?? [])].sort()).toEqual([...new Set(whole.map((e) => e.metadata.causationId))].sort());
        }
      }),
      { numRuns: 100 },
    );
  });
});
