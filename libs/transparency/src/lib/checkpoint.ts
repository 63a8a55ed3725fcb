import { type Hash, HASH_SIZE } from './hashes';
import { NoteError } from './signed-note';

/**
 * The text of a C2SP tlog-checkpoint: the log's origin, the tree size in decimal and the
 * root hash in base64, each on its own line. Signed as a note; see `signed-note.ts`.
 */
export interface Checkpoint {
  origin: string;
  size: number;
  root: Hash;
}

export const checkpointText = ({ origin, size, root }: Checkpoint): string => `${origin}\n${size}\n${root.toString('base64')}\n`;

export const parseCheckpointText = (text: string): Checkpoint => {
  const [origin, size, root, ...extensions] = text.split('\n');
  if (!origin || !/^(0|[1-9][0-9]*)$/.test(size ?? '') || !/^[A-Za-z0-9+/]{43}=$/.test(root ?? '')) {
    throw new NoteError('a checkpoint reads: origin, tree size in decimal, base64 root hash, one per line');
  }
  if (extensions.at(-1) !== '' || extensions.slice(0, -1).some((line) => line === '')) throw new NoteError('a checkpoint ends with one newline and has no empty lines');
  const hash = Buffer.from(root as string, 'base64');
  if (hash.length !== HASH_SIZE || !Number.isSafeInteger(Number(size))) throw new NoteError('the checkpoint size or root is out of range');
  return { origin, size: Number(size), root: hash };
};
