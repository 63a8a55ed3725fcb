/**
 * Keeps the tree level with the log: in this thread (TreeFollower), or in a worker thread
 * (TreeWorker) so that hashing and storing the tree never takes time from appends.
 */
export interface TreeMaintainer {
  /** Appends everything the log holds beyond the tree; resolves with the leaves added. */
  catchUp(onProgress?: (size: number) => void): Promise<number>;
  /** From now on, follows the log as it grows. */
  follow(): void;
  stop(): Promise<void>;
}
