import type { Hash } from './hashes';
import { NoteError } from './signed-note';

/**
 * The body of a C2SP tlog-witness `add-checkpoint` request: `old <size>`, one base64 hash per
 * line of the consistency proof, a blank line, then the signed checkpoint.
 */
export interface AddCheckpointRequest {
  oldSize: number;
  proof: Hash[];
  note: string;
}

export const formatAddCheckpoint = ({ oldSize, proof, note }: AddCheckpointRequest): string =>
  `old ${oldSize}\n${proof.map((hash) => `${hash.toString('base64')}\n`).join('')}\n${note}`;

export const parseAddCheckpoint = (body: string): AddCheckpointRequest => {
  const blank = body.indexOf('\n\n');
  if (blank < 0) throw new NoteError('an add-checkpoint request has a blank line before the checkpoint');
  const [old, ...proofLines] = body.slice(0, blank).split('\n');
  const size = /^old (0|[1-9][0-9]*)$/.exec(old ?? '');
  if (!size) throw new NoteError('an add-checkpoint request starts with "old <size>"');
  if (proofLines.length > 63) throw new NoteError('a consistency proof has at most 63 hashes');
  const proof = proofLines.map((line) => {
    if (!/^[A-Za-z0-9+/]{43}=$/.test(line)) throw new NoteError('each proof line is one base64 SHA-256 hash');
    return Buffer.from(line, 'base64');
  });
  return { oldSize: Number(size[1]), proof, note: body.slice(blank + 2) };
};
