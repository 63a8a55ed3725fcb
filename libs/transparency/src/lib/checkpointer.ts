import { checkpointText, type Checkpoint } from './checkpoint';
import type { CheckpointLog, IssuedCheckpoint } from './checkpoint-log';
import type { NoteSigner } from './note-keys';
import { consistencyProof, rootAt } from './proofs';
import { signNote } from './signed-note';
import type { TreeStore } from './tree-store';
import { verifyConsistency } from './verify-proofs';
import { type Witness, WitnessRefusedError } from './witness';

export interface CheckpointerOptions {
  /** The log's name in its checkpoints (C2SP: the origin line). */
  origin: string;
  signer: NoteSigner;
  witnesses: readonly Witness[];
  now?: () => Date;
  /**
   * Whether the tree holds every event of the log. A witness that has seen more leaves than
   * the tree holds is an alarm (the log was rolled back) only once the tree has caught up;
   * before that, another instance of the same log simply got there first.
   */
  caughtUp?: () => Promise<boolean>;
  /** A witness that could not be reached: the checkpoint is kept without its cosignature, and the witness catches up next time. */
  unreachable?: (witness: Witness, error: Error) => void;
}

/** The stored tree no longer extends the last checkpoint this log signed: it was rewritten. */
export class TreeRewrittenError extends Error {}

/**
 * Signs the tree as it stands and hands the checkpoint to every witness. It never signs a tree
 * that does not extend the last one it signed, and a checkpoint a witness refuses (a fork or a
 * rollback it can see) is not recorded: the refusal is raised to the caller.
 */
export class Checkpointer {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly now: () => Date;

  constructor(
    private readonly tree: TreeStore,
    private readonly log: CheckpointLog,
    private readonly options: CheckpointerOptions,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  get origin(): string {
    return this.options.origin;
  }

  latest(): IssuedCheckpoint | undefined {
    return this.log.latest();
  }

  /** A checkpoint of the tree now: the latest one if the tree has not grown since. */
  issue(): Promise<IssuedCheckpoint> {
    const next = this.queue.then(() => this.issueNow());
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async issueNow(): Promise<IssuedCheckpoint> {
    const size = this.tree.size;
    const latest = this.log.latest();
    if (latest && latest.checkpoint.size === size) return latest;
    const checkpoint: Checkpoint = { origin: this.options.origin, size, root: rootAt(this.tree, size) };
    if (latest) this.requireExtends(latest.checkpoint, checkpoint);
    let note = signNote(checkpointText(checkpoint), [this.options.signer]);
    for (const witness of this.options.witnesses) note += await this.submitOrSkip(witness, note, checkpoint);
    const issued = { checkpoint, note, issuedAt: this.now().toISOString() };
    this.log.record(issued);
    return issued;
  }

  private requireExtends(previous: Checkpoint, next: Checkpoint): void {
    const fine = previous.size <= next.size && verifyConsistency(previous.size, next.size, consistencyProof(this.tree, previous.size, next.size), previous.root, next.root);
    if (!fine) throw new TreeRewrittenError(`the stored tree (${next.size} leaves) does not extend the checkpoint of ${previous.size} leaves this log signed: it was rewritten`);
  }

  private async submitOrSkip(witness: Witness, note: string, checkpoint: Checkpoint): Promise<string> {
    try {
      return await this.submit(witness, note, checkpoint);
    } catch (error) {
      if (error instanceof WitnessRefusedError || !this.options.unreachable) throw error;
      this.options.unreachable(witness, error as Error);
      return '';
    }
  }

  private async submit(witness: Witness, note: string, checkpoint: Checkpoint, retry = true): Promise<string> {
    try {
      return await this.submitFrom(await witness.witnessedSize(), witness, note, checkpoint);
    } catch (error) {
      // A witness that has moved on (another instance of this log, or a restart) says from where.
      if (retry && error instanceof WitnessRefusedError && error.status === 409) return this.submit(witness, note, checkpoint, false);
      throw error;
    }
  }

  private async submitFrom(oldSize: number, witness: Witness, note: string, checkpoint: Checkpoint): Promise<string> {
    if (oldSize > checkpoint.size) {
      if (this.options.caughtUp && !(await this.options.caughtUp())) return '';
      throw new WitnessRefusedError(witness.name, 409, `it has already witnessed ${oldSize} leaves and this log holds ${checkpoint.size}: the log was rolled back`, oldSize);
    }
    return witness.add({
      note,
      checkpoint,
      oldSize,
      consistency: consistencyProof(this.tree, oldSize, checkpoint.size),
      leaves: () => Array.from({ length: checkpoint.size - oldSize }, (_, i) => this.tree.subtree(0, oldSize + i)),
    });
  }
}
