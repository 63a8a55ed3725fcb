import { comparePositions, type EventStore, type RecordedEvent } from '../lib/event-store';
import { AppendTooLargeError, DuplicateEventIdError, WrongExpectedRevisionError } from '../lib/errors';
import { concurrentWriters } from './concurrent-writers.contract';
import { newEvent, rejection, streamName } from './contract-events';
import { GENESIS_HASH, hashEvent, verifyChain } from '../lib/hash-chain';

export interface ContractSubject {
  /** A fresh store (empty, or at least without the streams the suite creates). */
  store: EventStore;
  /**
   * Whether an event id is unique across the whole store. KurrentDB only knows ids within a
   * stream; Hindsight derives ids from command ids, so they never repeat across streams.
   */
  uniqueIdsAcrossStreams?: boolean;
  /** A second, independent connection to the same storage (another process would open the same file). */
  connectAgain(): Promise<EventStore> | EventStore;
  cleanup?(): Promise<void> | void;
}

const collect = (store: EventStore, count: number, after?: RecordedEvent['position']) =>
  new Promise<RecordedEvent[]>((resolve, reject) => {
    const seen: RecordedEvent[] = [];
    const subscription = store.subscribe(
      (event) => {
        seen.push(event);
        if (seen.length === count) void subscription.close().then(() => resolve(seen));
      },
      { after },
    );
    subscription.done.catch(reject);
  });

/**
 * The one contract every EventStore adapter honours. Each adapter's spec calls this with
 * a factory; the KurrentDB run needs a server and is enabled by its connection string.
 */
export const eventStoreContract = (name: string, open: () => Promise<ContractSubject>) => {
  describe(`${name} event store contract`, () => {
    let subject: ContractSubject;
    let store: EventStore;

    beforeEach(async () => {
      subject = await open();
      store = subject.store;
    });

    afterEach(async () => {
      await store.close();
      await subject.cleanup?.();
    });

    describe('appending', () => {
      it('starts a stream at revision 0 and reads back exactly what was written', async () => {
        const stream = streamName();
        const events = [newEvent({ metadata: { ...newEvent().metadata, reason: 'why not' } }), newEvent()];
        const result = await store.append(stream, events, 'no_stream');
        expect(result.revision).toBe(1n);
        const read = await store.readStream(stream);
        expect(read.map((e) => e.revision)).toEqual([0n, 1n]);
        expect(read.map(({ id, type, schemaVersion, data }) => ({ id, type, schemaVersion, data }))).toEqual(
          events.map(({ id, type, schemaVersion, data }) => ({ id, type, schemaVersion, data })),
        );
        expect(read[0].metadata).toMatchObject(events[0].metadata);
        expect(read[1].position).toBe(result.position);
        expect(read.every((e) => e.streamId === stream)).toBe(true);
      });

      it('continues a stream from the revision the writer saw', async () => {
        const stream = streamName();
        const first = await store.append(stream, [newEvent()], 'no_stream');
        const second = await store.append(stream, [newEvent(), newEvent()], first.revision);
        expect(second.revision).toBe(2n);
        expect(comparePositions(second.position, first.position)).toBeGreaterThan(0);
      });

      it('refuses a stale expected revision and stores nothing', async () => {
        const stream = streamName();
        await store.append(stream, [newEvent(), newEvent()], 'no_stream');
        const error = await rejection(store.append(stream, [newEvent()], 0n));
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect((error as WrongExpectedRevisionError).actual).toBe(1n);
        expect(await store.readStream(stream)).toHaveLength(2);
      });

      it("honours 'no_stream', 'stream_exists' and 'any'", async () => {
        const stream = streamName();
        expect(await rejection(store.append(stream, [newEvent()], 'stream_exists'))).toBeInstanceOf(WrongExpectedRevisionError);
        expect(await rejection(store.append(stream, [newEvent()], 5n))).toBeInstanceOf(WrongExpectedRevisionError);
        await store.append(stream, [newEvent()], 'any');
        expect(await rejection(store.append(stream, [newEvent()], 'no_stream'))).toBeInstanceOf(WrongExpectedRevisionError);
        await store.append(stream, [newEvent()], 'stream_exists');
        await store.append(stream, [newEvent()], 'any');
        expect((await store.readStream(stream)).map((e) => e.revision)).toEqual([0n, 1n, 2n]);
      });

      it('refuses an empty append', async () => {
        expect(await rejection(store.append(streamName(), [], 'any'))).toBeInstanceOf(RangeError);
      });

      it('refuses an append over the limit (KurrentDB\'s 1 MiB by default) and stores nothing', async () => {
        const stream = streamName();
        const big = newEvent({ data: { text: 'x'.repeat(1_100_000) } });
        const error = await rejection(store.append(stream, [newEvent(), big], 'no_stream'));
        expect(error).toBeInstanceOf(AppendTooLargeError);
        expect(error).toMatchObject({ limit: 1_048_576, bytes: expect.any(Number) });
        expect(await store.readStream(stream)).toEqual([]);
      });

      it('is idempotent by event id: a retried append stores nothing twice and returns the first result', async () => {
        const stream = streamName();
        const events = [newEvent(), newEvent()];
        const first = await store.append(stream, events, 'no_stream');
        await store.append(stream, [newEvent()], first.revision);
        const retry = await store.append(stream, events, 'no_stream');
        expect(retry).toEqual(first);
        expect(await store.readStream(stream)).toHaveLength(3);
      });

      it('refuses an event id already used elsewhere, atomically', async () => {
        if (subject.uniqueIdsAcrossStreams === false) return;
        const taken = newEvent();
        await store.append(streamName(), [taken], 'no_stream');
        const stream = streamName();
        const error = await rejection(store.append(stream, [newEvent(), taken], 'no_stream'));
        expect(error).toBeInstanceOf(DuplicateEventIdError);
        expect(await store.readStream(stream)).toEqual([]);
      });
    });

    describe('reading', () => {
      it('reads an unknown stream as empty', async () => {
        expect(await store.readStream(streamName())).toEqual([]);
      });

      it('reads a range of revisions', async () => {
        const stream = streamName();
        await store.append(stream, [newEvent(), newEvent(), newEvent(), newEvent()], 'no_stream');
        const slice = await store.readStream(stream, { fromRevision: 1n, toRevision: 2n });
        expect(slice.map((e) => e.revision)).toEqual([1n, 2n]);
      });

      it('reads all streams in one global order, after a position, in pages', async () => {
        const [a, b] = [streamName(), streamName()];
        await store.append(a, [newEvent()], 'no_stream');
        await store.append(b, [newEvent()], 'no_stream');
        await store.append(a, [newEvent()], 0n);
        const all = await store.readAll();
        const ours = all.filter((e) => e.streamId === a || e.streamId === b);
        expect(ours.map((e) => [e.streamId, e.revision])).toEqual([[a, 0n], [b, 0n], [a, 1n]]);
        for (let i = 1; i < all.length; i++) expect(comparePositions(all[i].position, all[i - 1].position)).toBe(1);
        const after = await store.readAll({ after: ours[0].position, limit: 1 });
        expect(after.map((e) => e.id)).toEqual([ours[1].id]);
      });

      it('reads each stream whole up to a position, every stream once, a few events at a time', async () => {
        const [a, b, c] = [streamName(), streamName(), streamName()];
        await store.append(a, [newEvent(), newEvent()], 'no_stream');
        await store.append(b, [newEvent()], 'no_stream');
        const { position: upTo } = await store.append(a, [newEvent(), newEvent()], 1n);
        await store.append(b, [newEvent()], 0n);
        await store.append(c, [newEvent()], 'no_stream');

        const streams: RecordedEvent[][] = [];
        for await (const stream of store.readEachStream(upTo, 3)) streams.push(stream);

        expect(new Set(streams.map((stream) => stream[0].streamId)).size).toBe(streams.length);
        expect(streams.flat().every((e) => comparePositions(e.position, upTo) <= 0)).toBe(true);
        expect(streams.flat().length).toBe((await store.readAll()).filter((e) => comparePositions(e.position, upTo) <= 0).length);
        const ours = new Map(streams.filter((stream) => [a, b, c].includes(stream[0].streamId)).map((stream) => [stream[0].streamId, stream]));
        expect([...ours.keys()].sort()).toEqual([a, b].sort());
        expect(ours.get(a)).toEqual(await store.readStream(a));
        expect(ours.get(b)).toEqual(await store.readStream(b, { toRevision: 0n }));
      });
    });

    it('knows the position of the newest event in the log', async () => {
      const stream = streamName();
      await store.append(stream, [newEvent()], 'no_stream');
      const { position } = await store.append(stream, [newEvent()], 0n);
      expect(await store.lastPosition()).toBe(position);
    });

    describe('the hash chain', () => {
      it('links every event to the one before it in its stream', async () => {
        const stream = streamName();
        const first = await store.append(stream, [newEvent(), newEvent()], 'no_stream');
        await store.append(stream, [newEvent()], first.revision);
        const events = await store.readStream(stream);
        expect(events[0].metadata.prevHash).toBe(GENESIS_HASH);
        expect(events[1].metadata.prevHash).toBe(events[0].metadata.hash);
        expect(events[2].metadata.prevHash).toBe(events[1].metadata.hash);
        for (const event of events) {
          const { hash, ...metadata } = event.metadata;
          expect(hashEvent({ ...event, metadata })).toBe(hash);
        }
        expect(verifyChain(events)).toEqual({ valid: true, events: 3, head: events[2].metadata.hash });
      });
    });

    describe('subscribing', () => {
      it('catches up with stored events, then follows new ones in order', async () => {
        const stream = streamName();
        await store.append(stream, [newEvent(), newEvent()], 'no_stream');
        const start = (await store.readAll()).at(-3)?.position;
        const received = collect(store, 4, start);
        await store.append(stream, [newEvent()], 1n);
        await store.append(stream, [newEvent()], 2n);
        const events = (await received).filter((e) => e.streamId === stream);
        expect(events.map((e) => e.revision)).toEqual([0n, 1n, 2n, 3n]);
      });

      it('starts strictly after the position it is given', async () => {
        const stream = streamName();
        const first = await store.append(stream, [newEvent()], 'no_stream');
        const received = collect(store, 1, first.position);
        await store.append(stream, [newEvent()], first.revision);
        expect((await received).map((e) => e.revision)).toEqual([1n]);
      });

      it('sees events appended through another connection', async () => {
        const other = await subject.connectAgain();
        try {
          const stream = streamName();
          const head = (await store.readAll()).at(-1)?.position;
          const received = collect(store, 2, head);
          await other.append(stream, [newEvent(), newEvent()], 'no_stream');
          expect((await received).map((e) => e.streamId)).toEqual([stream, stream]);
        } finally {
          await other.close();
        }
      });

      it('stops delivering once closed', async () => {
        const seen: RecordedEvent[] = [];
        const head = (await store.readAll()).at(-1)?.position;
        const subscription = store.subscribe((e) => void seen.push(e), { after: head });
        await subscription.close();
        await store.append(streamName(), [newEvent()], 'no_stream');
        await new Promise((r) => setTimeout(r, 50));
        expect(seen).toEqual([]);
      });

      it('ends with the handler error when the handler throws', async () => {
        await store.append(streamName(), [newEvent()], 'no_stream');
        const subscription = store.subscribe(() => {
          throw new Error('projection bug');
        });
        await expect(subscription.done).rejects.toThrow('projection bug');
      });
    });

    describe('concurrent writers on two connections', () => concurrentWriters(() => ({ subject, store })));
  });
};
