import { isSequencePosition, parsePosition, type Position } from '@hindsight/event-store';
import { Worker } from 'node:worker_threads';
import { HASH_SIZE } from '../hashes';
import type { StoredLeaf } from '../tree-store';

export interface LeafReaderTask {
  location: string;
  pageSize: number;
  after?: string;
  /** Sequence positions only: this reader's share, every `readers`-th block of positions from `start` up to `end`. */
  blocks?: { start: string; end: string; reader: number; readers: number };
}

type Page = { block: number; positions: string[]; hashes: ArrayBuffer; done: boolean } | { error: string };

/**
 * The log's leaves from `after` on, read and hashed in worker threads (the built script at
 * `script`) while the caller stores the previous page, so building a tree over a large log
 * uses every core. Where positions are sequence numbers (the embedded store), two readers share
 * the log up to `end` in alternating blocks; otherwise one reads it all.
 */
export async function* readLeaves(script: string, location: string, after: Position | undefined, pageSize: number, end?: Position): AsyncGenerator<StoredLeaf[]> {
  const sequence = end !== undefined && isSequencePosition(end) && (after === undefined || isSequencePosition(after));
  const readers = sequence ? 2 : 1;
  const start = after === undefined ? 0n : parsePosition(after);
  const tasks: LeafReaderTask[] = Array.from({ length: readers }, (_, reader) =>
    sequence ? { location, pageSize, blocks: { start: start.toString(), end: parsePosition(end).toString(), reader, readers } } : { location, pageSize, ...(after ? { after } : {}) },
  );
  const pages = new Map<number, Page>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const workers = tasks.map((task) => {
    const worker = new Worker(script, { workerData: task });
    worker.on('message', (page: Page) => {
      if ('error' in page) failure = new Error(page.error);
      else pages.set(page.block, page);
      wake?.();
    });
    worker.on('error', (error) => {
      failure = error;
      wake?.();
    });
    return worker;
  });
  try {
    for (let block = 0; ; block += 1) {
      while (!pages.has(block) && !failure) await new Promise<void>((resolve) => (wake = resolve));
      if (failure) throw failure;
      const page = pages.get(block) as Extract<Page, { block: number }>;
      pages.delete(block);
      workers[block % readers].postMessage('more');
      const hashes = Buffer.from(page.hashes);
      yield page.positions.map((position, i) => ({ position, hash: hashes.subarray(i * HASH_SIZE, (i + 1) * HASH_SIZE) }));
      if (page.done) return;
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
