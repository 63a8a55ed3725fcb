import { openEventStore } from '@hindsight/event-store';
import Database from 'better-sqlite3';
import { constants, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { TreeFollower } from '../tree-follower';
import { TreeStore } from '../tree-store';

/** The worker side of TreeWorker: a TreeFollower on its own connections, driven by messages. */
const { location, treeFile, batchSize, leafReaderScript } = workerData as { location: string; treeFile: string; batchSize: number; leafReaderScript?: string };
const port = parentPort;
if (!port) throw new Error('tree-worker-main runs as a worker thread');

// Background work: on Linux a thread's nice value is its own, so appends on the main thread come first.
try {
  setPriority(constants.priority.PRIORITY_BELOW_NORMAL);
} catch {
  // Not permitted here: the tree keeps up all the same, only sharing the cores evenly.
}

const store = openEventStore(location);
const db = new Database(treeFile);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.pragma('busy_timeout = 5000');
const follower = new TreeFollower(store, new TreeStore(db), {
  batchSize,
  ...(leafReaderScript ? { leafReader: { script: leafReaderScript, location } } : {}),
  onGrown: (size) => port.postMessage({ grown: size }),
  warn: (message) => port.postMessage({ warn: message }),
});

port.on('message', (message: { type: string; id?: number }) => {
  if (message.type === 'catch-up') {
    follower.catchUp((size) => port.postMessage({ id: message.id, progress: size })).then(
      (added) => port.postMessage({ id: message.id, added }),
      (error: Error) => port.postMessage({ id: message.id, error: error.message }),
    );
  } else if (message.type === 'follow') {
    follower.follow();
  } else if (message.type === 'stop') {
    void follower
      .stop()
      .then(() => store.close())
      .finally(() => {
        db.close();
        port.close();
      });
  }
});
