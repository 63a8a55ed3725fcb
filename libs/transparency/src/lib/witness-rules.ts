import type { Checkpoint } from './checkpoint';
import { EMPTY_ROOT, type Hash } from './hashes';
import { verifyConsistency } from './verify-proofs';

/** What a witness holds of a log: the newest checkpoint it accepted. */
export interface WitnessedTree {
  size: number;
  root: Hash;
}

export type WitnessVerdict =
  | { accepted: true }
  | { accepted: false; status: 400 | 409 | 422; reason: string; witnessedSize: number };

/**
 * The checks of C2SP tlog-witness `add-checkpoint`, once the log's signature is verified: the
 * submitter must know the size the witness last accepted (409 otherwise), and prove that the
 * new checkpoint extends it (422 otherwise): a fork or a rolled-back log is never accepted.
 */
export const judgeCheckpoint = (witnessed: WitnessedTree | undefined, oldSize: number, proof: readonly Hash[], checkpoint: Checkpoint): WitnessVerdict => {
  const known = witnessed ?? { size: 0, root: EMPTY_ROOT };
  const refuse = (status: 400 | 409 | 422, reason: string): WitnessVerdict => ({ accepted: false, status, reason, witnessedSize: known.size });
  if (oldSize > checkpoint.size) return refuse(400, `the old size ${oldSize} is larger than the checkpoint's ${checkpoint.size}`);
  if (oldSize !== known.size) return refuse(409, `the witness last accepted size ${known.size}, not ${oldSize}`);
  if (checkpoint.size === 0 && !checkpoint.root.equals(EMPTY_ROOT)) return refuse(422, 'an empty tree has the empty root');
  if (oldSize === 0) return proof.length === 0 ? { accepted: true } : refuse(422, 'nothing needs proving from an empty tree');
  if (!verifyConsistency(oldSize, checkpoint.size, proof, known.root, checkpoint.root)) {
    return refuse(422, `the checkpoint of size ${checkpoint.size} is not consistent with the one of size ${known.size} already witnessed: the log was forked or rolled back`);
  }
  return { accepted: true };
};
