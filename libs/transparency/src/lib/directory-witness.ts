import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, truncateSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parseCheckpointText } from './checkpoint';
import { HASH_SIZE } from './hashes';
import type { LeafCopy } from './log-audit';
import { parseNote } from './signed-note';
import type { Submission, Witness } from './witness';
import { WitnessRefusedError } from './witness';
import { judgeCheckpoint, type WitnessedTree } from './witness-rules';

const NOTE_NAME = /^(\d{20})\.checkpoint$/;

const writeDurably = (path: string, bytes: Buffer, flags: string): void => {
  const fd = openSync(path, flags, 0o644);
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
};

/**
 * A witness that is a directory, ideally on another disk or host mount: every accepted
 * checkpoint as its own file, never overwritten, and a copy of every leaf hash (`leaves`, 32
 * bytes each, in log order), so a verifier can name the first changed event even when the
 * database's own tree was rebuilt to hide it.
 */
export class DirectoryWitness implements Witness {
  readonly name: string;

  constructor(private readonly directory: string) {
    mkdirSync(join(directory, 'checkpoints'), { recursive: true });
    this.name = `witness directory ${directory}`;
  }

  async witnessedSize(): Promise<number> {
    return this.latest()?.size ?? 0;
  }

  /** The newest checkpoint kept, as the signed note. */
  latestNote(): string | undefined {
    const file = this.noteFiles().at(-1);
    return file && readFileSync(join(this.directory, 'checkpoints', file), 'utf8');
  }

  /** Every checkpoint kept, oldest first. */
  notes(): string[] {
    return this.noteFiles().map((file) => readFileSync(join(this.directory, 'checkpoints', file), 'utf8'));
  }

  /** The leaf hashes kept, in log order: a copy to audit the log with, read from disk once, when first asked. */
  leafCopy(): LeafCopy {
    const path = join(this.directory, 'leaves');
    let bytes: Buffer | undefined;
    const leaf = (i: number) => {
      bytes ??= existsSync(path) ? readFileSync(path) : Buffer.alloc(0);
      return (i + 1) * HASH_SIZE <= bytes.length ? bytes.subarray(i * HASH_SIZE, (i + 1) * HASH_SIZE) : undefined;
    };
    return { name: this.name, leaf };
  }

  async add({ note, checkpoint, oldSize, consistency, leaves }: Submission): Promise<string> {
    const verdict = judgeCheckpoint(this.latest(), oldSize, consistency, checkpoint);
    if (!verdict.accepted) throw new WitnessRefusedError(this.name, verdict.status, verdict.reason, verdict.witnessedSize);
    if (checkpoint.size === oldSize) return '';
    const added = leaves();
    if (added.length !== checkpoint.size - oldSize) throw new WitnessRefusedError(this.name, 422, `expected ${checkpoint.size - oldSize} leaf hashes, got ${added.length}`);
    const leavesFile = join(this.directory, 'leaves');
    // Leaves written before a crash that kept their checkpoint from being written were never witnessed.
    if (existsSync(leavesFile) && statSync(leavesFile).size > oldSize * HASH_SIZE) truncateSync(leavesFile, oldSize * HASH_SIZE);
    writeDurably(leavesFile, Buffer.concat(added), 'a');
    // 'wx': a checkpoint of a size already kept is never replaced.
    writeDurably(join(this.directory, 'checkpoints', `${String(checkpoint.size).padStart(20, '0')}.checkpoint`), Buffer.from(note, 'utf8'), 'wx');
    return '';
  }

  private latest(): WitnessedTree | undefined {
    const note = this.latestNote();
    return note === undefined ? undefined : parseCheckpointText(parseNote(note).text);
  }

  private noteFiles(): string[] {
    return readdirSync(join(this.directory, 'checkpoints')).filter((f) => NOTE_NAME.test(f)).sort();
  }
}
