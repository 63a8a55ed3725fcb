import { formatPosition, openEventStore, pacedSender, parsePosition, type Position, type RecordedEvent } from '@hindsight/event-store';
import { parentPort, workerData } from 'node:worker_threads';
import { eventLeafHash } from '../event-leaf';
import { HASH_SIZE } from '../hashes';
import type { LeafReaderTask } from './leaf-reader';

/**
 * The worker side of readLeaves. Either the whole log from `after`, page by page, or, where
 * positions are sequence numbers, every `readers`-th block of `pageSize` positions up to `end`,
 * so that several readers share the log. Each page is sent as positions and one buffer of
 * hashes; at most two wait unread, so a slow consumer holds the reader back.
 */
const task = workerData as LeafReaderTask;
const port = parentPort;
if (!port) throw new Error('leaf-reader-main runs as a worker thread');

const post = pacedSender<{ block: number; positions: string[]; hashes: ArrayBuffer; done: boolean }>(port);
const send = (block: number, positions: string[], hashes: ArrayBuffer, done: boolean) => post({ block, positions, hashes, done }, [hashes]);

/** The page's leaf hashes in one buffer of its own (never Node's shared pool: it is handed over whole). */
const hashed = (page: RecordedEvent[]): ArrayBuffer => {
  const buffer = new ArrayBuffer(page.length * HASH_SIZE);
  const hashes = Buffer.from(buffer);
  page.forEach((event, i) => eventLeafHash(event).copy(hashes, i * HASH_SIZE));
  return buffer;
};

const main = async () => {
  const store = openEventStore(task.location);
  try {
    if (task.blocks) {
      const { start, end, reader, readers } = task.blocks;
      for (let block = reader; ; block += readers) {
        const from = BigInt(start) + BigInt(block) * BigInt(task.pageSize);
        if (from >= BigInt(end)) return await send(block, [], new ArrayBuffer(0), true);
        const to = from + BigInt(task.pageSize);
        const page = (await store.readAll({ after: formatPosition(from), limit: task.pageSize })).filter((e) => parsePosition(e.position) <= to);
        await send(block, page.map((e) => e.position), hashed(page), false);
      }
    }
    for (let after = task.after as Position | undefined, block = 0; ; block += 1) {
      const page = await store.readAll({ after, limit: task.pageSize });
      await send(block, page.map((e) => e.position), hashed(page), page.length < task.pageSize);
      if (page.length < task.pageSize) return;
      after = page[page.length - 1].position;
    }
  } finally {
    await store.close();
  }
};

main().catch((error: Error) => port.postMessage({ error: error.message }));
