import type { Position } from '@hindsight/event-store';

/** How a runner reads, paces and remembers while it catches up and follows. */
export interface RunnerOptions {
  /** The most events read and applied together while catching up. */
  batchSize?: number;
  /**
   * How long one batch may hold the event loop while catching up (a server answering meanwhile):
   * batches shrink while they take longer. Unset: always `batchSize` (a rebuild with nothing to answer).
   */
  sliceMs?: number;
  warn?: (message: string) => void;
  /** How long to wait before resuming a lost subscription: capped exponential backoff, full jitter. */
  resumeDelayMs?: { first: number; max: number };
  /** How many folded reports stay in memory between batches (the rest are read back from their stored state). */
  statesKept?: number;
  /**
   * To read the reports in a worker thread while rebuilding every read model: the built
   * each-stream-reader script and the store's location (its file, or its KurrentDB address).
   */
  streamReader?: { script: string; location: string };
}

/** How far catching up or a rebuild has come: events applied, and the read models' position (none yet, mid-rebuild). */
export interface Progress {
  applied: number;
  position: Position | undefined;
}
