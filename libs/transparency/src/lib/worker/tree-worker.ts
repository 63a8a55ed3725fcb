import { Worker } from 'node:worker_threads';
import type { TreeMaintainer } from '../tree-maintainer';

export interface TreeWorkerOptions {
  /** The built worker script (tree-worker.js beside the bundle). */
  script: string;
  /** The built leaf-reader script, to build a large tree in two threads. */
  leafReaderScript?: string;
  /** The event store's location, as openEventStore takes it. */
  location: string;
  /** The SQLite file of the tree, which this thread reads. */
  treeFile: string;
  batchSize?: number;
  onGrown?: (size: number) => void;
  warn?: (message: string) => void;
}

type Reply = { id: number; added?: number; error?: string } | { progress: number; id: number } | { grown: number } | { warn: string };

/**
 * The tree maintained in a worker thread with its own connections to the store and the tree's
 * file: the appends on the main thread never wait for a hash. Asked to catch up (before an
 * export, say), it answers once the tree holds everything the log held when asked.
 */
export class TreeWorker implements TreeMaintainer {
  private readonly worker: Worker;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (added: number) => void; reject: (error: Error) => void; progress?: (size: number) => void }>();
  private readonly exited: Promise<void>;

  constructor(private readonly options: TreeWorkerOptions) {
    this.worker = new Worker(options.script, { workerData: { location: options.location, treeFile: options.treeFile, batchSize: options.batchSize ?? 5_000, leafReaderScript: options.leafReaderScript } });
    this.worker.on('message', (reply: Reply) => this.receive(reply));
    this.worker.on('error', (error) => this.failAll(error));
    this.exited = new Promise((resolve) => this.worker.once('exit', () => resolve()));
    void this.exited.then(() => this.failAll(new Error('the tree worker exited')));
  }

  catchUp(onProgress?: (size: number) => void): Promise<number> {
    return this.ask('catch-up', onProgress);
  }

  follow(): void {
    this.worker.postMessage({ type: 'follow' });
  }

  async stop(): Promise<void> {
    this.worker.postMessage({ type: 'stop' });
    await this.exited;
  }

  private ask(type: string, progress?: (size: number) => void): Promise<number> {
    const id = (this.nextId += 1);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, progress });
      this.worker.postMessage({ type, id });
    });
  }

  private receive(reply: Reply): void {
    if ('grown' in reply) return this.options.onGrown?.(reply.grown);
    if ('warn' in reply) return this.options.warn?.(reply.warn);
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    if ('progress' in reply) return waiting.progress?.(reply.progress);
    this.pending.delete(reply.id);
    if (reply.error) waiting.reject(new Error(reply.error));
    else waiting.resolve(reply.added ?? 0);
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
