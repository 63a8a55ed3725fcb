import { openEventStore, type Position } from '@hindsight/event-store';
import { parentPort, workerData } from 'node:worker_threads';
import { eventLeafHash } from '../event-leaf';
import { HASH_SIZE } from '../hashes';

/**
 * The worker side of readLeaves: reads the log page by page from `after`, hashes every event
 * into its leaf, and sends each page as positions and one buffer of hashes. At most two pages
 * wait unread, so a slow consumer holds the reader back instead of filling memory.
 */
const { location, after, pageSize } = workerData as { location: string; after?: Position; pageSize: number };
const port = parentPort;
if (!port) throw new Error('leaf-reader-main runs as a worker thread');

let credit = 2;
let resume: (() => void) | undefined;
port.on('message', () => {
  credit += 1;
  resume?.();
});

const main = async () => {
  const store = openEventStore(location);
  try {
    for (let from = after; ; ) {
      const page = await store.readAll({ after: from, limit: pageSize });
      const hashes = Buffer.allocUnsafe(page.length * HASH_SIZE);
      page.forEach((event, i) => eventLeafHash(event).copy(hashes, i * HASH_SIZE));
      if (credit === 0) await new Promise<void>((resolve) => (resume = resolve));
      credit -= 1;
      port.postMessage({ positions: page.map((e) => e.position), hashes: hashes.buffer, done: page.length < pageSize }, [hashes.buffer]);
      if (page.length < pageSize) return;
      from = page[page.length - 1].position;
    }
  } finally {
    await store.close();
  }
};

main().catch((error: Error) => port.postMessage({ error: error.message }));
