import type { EventStore } from '../lib/event-store';
import { WrongExpectedRevisionError } from '../lib/errors';
import { verifyChain } from '../lib/hash-chain';
import { newEvent, streamName } from './contract-events';
import type { ContractSubject } from './event-store.contract';

/** Two connections to the same storage writing one stream: exactly one wins each race, and retries lose nothing. */
export const concurrentWriters = (current: () => { subject: ContractSubject; store: EventStore }) => {
  it('lets exactly one of two appends from the same revision win', async () => {
    const { subject, store } = current();
    const other = await subject.connectAgain();
    try {
      const stream = streamName();
      const start = await store.append(stream, [newEvent()], 'no_stream');
      const outcomes = await Promise.allSettled([
        store.append(stream, [newEvent()], start.revision),
        other.append(stream, [newEvent()], start.revision),
      ]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const loser = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(loser?.reason).toBeInstanceOf(WrongExpectedRevisionError);
      expect(await store.readStream(stream)).toHaveLength(2);
    } finally {
      await other.close();
    }
  });

  it('loses nothing when both keep retrying until they win', async () => {
    const { subject, store } = current();
    const other = await subject.connectAgain();
    try {
      const stream = streamName();
      const acknowledged: string[] = [];
      const writer = async (connection: EventStore) => {
        for (let i = 0; i < 25; i++) {
          const event = newEvent();
          for (;;) {
            const head = (await connection.readStream(stream)).at(-1)?.revision;
            try {
              await connection.append(stream, [event], head ?? 'no_stream');
              acknowledged.push(event.id);
              break;
            } catch (error) {
              if (!(error instanceof WrongExpectedRevisionError)) throw error;
            }
          }
        }
      };
      await Promise.all([writer(store), writer(other)]);
      const stored = await store.readStream(stream);
      expect(stored.map((e) => e.revision)).toEqual(stored.map((_, i) => BigInt(i)));
      expect(new Set(stored.map((e) => e.id))).toEqual(new Set(acknowledged));
      expect(stored).toHaveLength(50);
      expect(verifyChain(stored).valid).toBe(true);
    } finally {
      await other.close();
    }
  });
};
