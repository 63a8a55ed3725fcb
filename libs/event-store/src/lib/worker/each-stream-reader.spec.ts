import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../adapters/sqlite/sqlite-event-store';
import type { Position, RecordedEvent } from '../event-store';
import { newEvent } from '../../testing/contract-events';
import { bundleWorker } from '../../testing/bundle-worker';
import { readEachStreamInWorker } from './each-stream-reader';

const collect = async (streams: AsyncIterable<RecordedEvent[]>) => {
  const all: RecordedEvent[][] = [];
  for await (const stream of streams) all.push(stream);
  return all;
};

describe('Reading each stream in a worker thread', () => {
  let dir: string;
  let script: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hindsight-each-stream-'));
    script = await bundleWorker('each-stream-reader', join(__dirname, 'each-stream-reader-main.ts'));
  });
  afterAll(() => [dir, script].forEach((path) => rmSync(path, { recursive: true, force: true })));

  it('given streams written alongside one another over many pages, then it reads what the store reads in this thread, up to the position', async () => {
    const file = join(dir, 'events.sqlite');
    const store = SqliteEventStore.open(file);
    const streams = Array.from({ length: 12 }, (_, i) => `postmortem-${i}`);
    for (let round = 0; round < 9; round++) for (const stream of streams) await store.append(stream, [newEvent(), newEvent()], round === 0 ? 'no_stream' : BigInt(2 * round - 1));
    const upTo = (await store.readAll())[150].position as Position;

    const inThisThread = await collect(store.readEachStream(upTo, 7));
    expect(inThisThread.flat()).toHaveLength(151);
    expect(await collect(readEachStreamInWorker(script, file, upTo, 7))).toEqual(inThisThread);
    await store.close();
  });

  it('given a store it cannot open, then it fails with the store\'s reason', async () => {
    await expect(collect(readEachStreamInWorker(script, dir, '0000000000000001' as Position, 7))).rejects.toThrow(/directory|unable to open|SQLITE/i);
  });
});
