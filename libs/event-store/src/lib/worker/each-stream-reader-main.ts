import { parentPort, workerData } from 'node:worker_threads';
import type { RecordedEvent } from '../event-store';
import { openEventStore } from '../open-event-store';
import type { EachStreamPage, EachStreamTask } from './each-stream-reader';
import { pacedSender } from './paced-sender';

/** The worker side of readEachStreamInWorker: the store's own `readEachStream`, sent a page of whole streams at a time. */
const task = workerData as EachStreamTask;
const port = parentPort;
if (!port) throw new Error('each-stream-reader-main runs as a worker thread');

const send = pacedSender<EachStreamPage>(port);

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
