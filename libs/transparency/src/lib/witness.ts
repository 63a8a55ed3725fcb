import type { Checkpoint } from './checkpoint';
import type { Hash } from './hashes';

/** A checkpoint submitted to a witness: the signed note, and how it extends what the witness saw. */
export interface Submission {
  note: string;
  checkpoint: Checkpoint;
  oldSize: number;
  consistency: Hash[];
  /** The leaf hashes from `oldSize` to the checkpoint's size, for witnesses that keep a copy. */
  leaves: () => Hash[];
}

/** Somewhere outside the database that keeps every checkpoint and refuses a fork or a rollback. */
export interface Witness {
  readonly name: string;
  /** The size this witness last accepted, so a submission can start from it. */
  witnessedSize(): Promise<number>;
  /** Records the checkpoint; returns any cosignature lines; throws WitnessRefusedError on a fork or rollback. */
  add(submission: Submission): Promise<string>;
}

export class WitnessRefusedError extends Error {
  constructor(
    readonly witness: string,
    readonly status: number,
    reason: string,
    readonly witnessedSize?: number,
  ) {
    super(`${witness} refused the checkpoint: ${reason}`);
  }
}
