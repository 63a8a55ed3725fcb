import type { EventStore, Position, RecordedEvent, Subscription } from '@hindsight/event-store';
import { eventLeafHash } from './event-leaf';
import type { TreeMaintainer } from './tree-maintainer';
import { readLeaves } from './worker/leaf-reader';
import type { StoredLeaf, TreeStore } from './tree-store';

export interface FollowerOptions {
  /** Events read and appended per transaction while catching up. */
  batchSize?: number;
  warn?: (message: string) => void;
  /** Called after each batch the tree grew by. */
  onGrown?: (size: number) => void;
  /**
   * To catch up in two threads: the built leaf-reader script and the store's location. The
   * worker reads and hashes the next page while this thread stores the last one.
   */
  leafReader?: { script: string; location: string };
}

export const toLeaf = (event: RecordedEvent): StoredLeaf => ({ position: event.position, hash: eventLeafHash(event) });

/**
 * Keeps the tree level with the log: catches up from the tree's newest leaf, then follows
 * the store's subscription, appending what arrives in batches. A lost subscription is resumed
 * from the tree's own last leaf, after a capped, jittered delay, so nothing is skipped or
 * counted twice.
 */
export class TreeFollower implements TreeMaintainer {
  private subscription?: Subscription;
  private pending: StoredLeaf[] = [];
  /** The position the pending leaves follow in the log. */
  private pendingAfter: string | undefined;
  private flushing = false;
  private stopped = false;
  private failures = 0;
  private readonly batchSize: number;
  private readonly warn: (message: string) => void;

  constructor(
    private readonly store: EventStore,
    private readonly tree: TreeStore,
    private readonly options: FollowerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 5_000;
    this.warn = options.warn ?? ((message) => console.warn(message));
  }

  /** Appends everything the log holds beyond the tree, page by page; returns the leaves added. */
  async catchUp(onProgress?: (size: number) => void): Promise<number> {
    let added = 0;
    for (;;) {
      const after = this.tree.lastPosition;
      const page = await this.store.readAll({ after: after as Position | undefined, limit: this.batchSize });
      added += this.tree.append(page.map(toLeaf), after);
      if (page.length > 0) {
        onProgress?.(this.tree.size);
        this.options.onGrown?.(this.tree.size);
      }
      if (page.length < this.batchSize) return added;
      // A full page: a long way behind (a first start over an existing log) — hash in a second thread.
      if (this.options.leafReader) return added + (await this.catchUpInParallel(this.options.leafReader, onProgress));
    }
  }

  private async catchUpInParallel({ script, location }: { script: string; location: string }, onProgress?: (size: number) => void): Promise<number> {
    let added = 0;
    let after = this.tree.lastPosition;
    const end = await this.store.lastPosition();
    for await (const leaves of readLeaves(script, location, after as Position | undefined, this.batchSize, end)) {
      added += this.tree.append(leaves, after);
      after = leaves.at(-1)?.position ?? after;
      if (leaves.length > 0) {
        onProgress?.(this.tree.size);
        this.options.onGrown?.(this.tree.size);
      }
    }
    // What was appended while the readers worked.
    return added + (await this.catchUp(onProgress));
  }

  follow(): void {
    if (this.stopped) return;
    const after = this.tree.lastPosition as Position | undefined;
    this.pending = [];
    this.pendingAfter = after;
    this.subscription = this.store.subscribe((event) => this.receive(event), { after });
    this.subscription.done.then(
      () => undefined,
      (error: unknown) => this.resume(error),
    );
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.subscription?.close();
    this.flush();
  }

  private receive(event: RecordedEvent): void {
    this.failures = 0;
    this.pending.push(toLeaf(event));
    if (this.pending.length >= this.batchSize) this.flush();
    else if (this.pending.length === 1) setImmediate(() => this.flush());
  }

  private flush(): void {
    if (this.flushing || this.pending.length === 0) return;
    this.flushing = true;
    const [batch, after] = [this.pending, this.pendingAfter];
    this.pending = [];
    this.pendingAfter = batch[batch.length - 1].position;
    try {
      if (this.tree.append(batch, after) > 0) this.options.onGrown?.(this.tree.size);
      // Behind what was delivered (a batch lost to an error): read the gap from the log.
      else if (this.tree.indexOf(this.pendingAfter) === undefined) void this.catchUp().catch((error: unknown) => this.warn(`The Merkle tree could not catch up: ${(error as Error).message}`));
    } finally {
      this.flushing = false;
    }
  }

  private resume(error: unknown): void {
    if (this.stopped) return;
    this.flush();
    this.failures += 1;
    const delay = Math.random() * Math.min(10_000, 100 * 2 ** this.failures);
    if (this.failures === 1) this.warn(`The Merkle tree lost its subscription (${(error as Error).message}); resuming from leaf ${this.tree.size}`);
    setTimeout(() => this.follow(), delay).unref();
  }
}
