import { Worker } from 'node:worker_threads';
import type { Position, RecordedEvent } from '../event-store';

export interface EachStreamTask {
  location: string;
  upTo: Position;
  pageSize: number;
}

export type EachStreamPage = { streams: RecordedEvent[][]; done: boolean } | { error: string };

/**
 * `readEachStream` of the store at `location`, read in a worker thread (the built script at
 * `script`) while the caller works on the page before: in a rebuild of the read models the
 * reading is a fifth of the work, and it moves to another core. Pages hold whole streams, about
 * `pageSize` events each; at most two wait unread, so a slow caller holds the reader back.
 */
export async function* readEachStreamInWorker(script: string, location: string, upTo: Position, pageSize: number): AsyncGenerator<RecordedEvent[]> {
  const task: EachStreamTask = { location, upTo, pageSize };
  const pages: EachStreamPage[] = [];
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const worker = new Worker(script, { workerData: task });
  worker.on('message', (page: EachStreamPage) => {
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
      const page = pages.shift();
      if (!page) throw failure;
      if ('error' in page) throw new Error(page.error);
      worker.postMessage('more');
      yield* page.streams;
      if (page.done) return;
    }
  } finally {
    await worker.terminate();
  }
}
