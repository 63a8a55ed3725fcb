import { InMemoryEventStore } from './adapters/in-memory';
import { eachStreamFromTheLog } from './each-stream';
import type { RecordedEvent } from './event-store';
import { newEvent, streamName } from '../testing/contract-events';

const collect = async (streams: AsyncIterable<RecordedEvent[]>) => {
  const all: RecordedEvent[][] = [];
  for await (const stream of streams) all.push(stream);
  return all;
};

describe('Finding each stream in the log (for a store with no index by stream)', () => {
  it('given streams written alongside one another, then it reads each whole up to the position, in the order they began, over pages of any size', async () => {
    const store = new InMemoryEventStore();
    const names = [streamName(), streamName(), streamName()];
    for (let round = 0; round < 4; round++) {
      for (const [i, name] of names.entries()) if (round >= i) await store.append(name, [newEvent(), newEvent()], round === i ? 'no_stream' : BigInt(2 * (round - i) - 1));
    }
    const middle = (await store.readAll())[13].position;
    await store.append(streamName(), [newEvent()], 'no_stream');

    const expected = await collect(store.readEachStream(middle));
    expect(expected.flat()).toHaveLength(14);
    for (const pageSize of [1, 2, 5, 100]) expect(await collect(eachStreamFromTheLog(store, middle, pageSize))).toEqual(expected);
  });
});
