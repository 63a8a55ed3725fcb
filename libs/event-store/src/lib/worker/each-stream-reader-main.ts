import { parentPort, workerData } from 'node:worker_threads';
import type { RecordedEvent } from '../event-store';
import { openEventStore } from '../open-event-store';
import type { EachStreamPage, EachStreamTask } from './each-stream-reader';

/** The worker side of readEachStreamInWorker: the store's own `readEachStream`, sent a page of whole streams at a time. */
const task = workerData as EachStreamTask;
const port = parentPort;
if (!port) throw new Error('each-stream-reader-main runs as a worker thread');

let credit = 2;
let resume: (() => void) | undefined;
port.on('message', () => {
  credit += 1;
  resume?.();
});

const send = async (page: EachStreamPage) => {
  if (credit === 0) await new Promise<void>((resolve) => (resume = resolve));
  credit -= 1;
  port.postMessage(page);
};

const main = async () => {
  const store = openEventStore(task.location);
  try {
    let streams: RecordedEvent[][] = [];
    let events = 0;
    for await (const stream of store.readEachStream(task.upTo, task.pageSize)) {
      streams.push(stream);
      events += stream.length;
      if (events < task.pageSize) continue;
      await send({ streams, done: false });
      streams = [];
      events = 0;
    }
    await send({ streams, done: true });
  } finally {
    await store.close();
  }
};

main().catch((error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) }));
