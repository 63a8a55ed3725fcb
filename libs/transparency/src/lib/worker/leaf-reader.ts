import type { Position } from '@hindsight/event-store';
import { Worker } from 'node:worker_threads';
import { HASH_SIZE } from '../hashes';
import type { StoredLeaf } from '../tree-store';

type Page = { positions: string[]; hashes: ArrayBuffer; done: boolean } | { error: string };

/**
 * The log's leaves from `after` on, read and hashed in a worker thread (the built script at
 * `script`) while the caller stores the previous page: building a tree over a large existing
 * log uses both cores.
 */
export async function* readLeaves(script: string, location: string, after: Position | undefined, pageSize: number): AsyncGenerator<StoredLeaf[]> {
  const worker = new Worker(script, { workerData: { location, after, pageSize } });
  const pages: Page[] = [];
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  worker.on('message', (page: Page) => {
    pages.push(page);
    wake?.();
  });
  worker.on('error', (error) => {
    failure = error;
    wake?.();
  });
  try {
    for (;;) {
      while (pages.length === 0 && !failure) await new Promise<void>((resolve) => (wake = resolve));
      if (failure) throw failure;
      const page = pages.shift() as Page;
      if ('error' in page) throw new Error(page.error);
      worker.postMessage('more');
      const hashes = Buffer.from(page.hashes);
      yield page.positions.map((position, i) => ({ position, hash: hashes.subarray(i * HASH_SIZE, (i + 1) * HASH_SIZE) }));
      if (page.done) return;
    }
  } finally {
    await worker.terminate();
  }
}
