import { type EventStore, LogVerifier, verifyLog } from '@hindsight/event-store';
import {
  auditLog,
  type Checkpoint,
  type CheckpointLog,
  type DirectoryWitness,
  type LeafCopy,
  type LogAudit,
  type NoteVerifier,
  parseCheckpointText,
  readLog,
  type TreeStore,
  verifyNote,
} from '@hindsight/transparency';

export type IntegrityStatus = 'verified' | 'failed' | 'unchecked';

export interface IntegrityVerdict {
  status: IntegrityStatus;
  checkedAt: string | null;
  /** The checkpoint the log was checked against, and where it was trusted from. */
  checkpoint: { size: number; root: string; source: 'witness directory' | 'this instance' } | null;
  logSize: number;
  firstBad: LogAudit['firstBad'] | null;
  reason: string | null;
  /** Streams whose own hash chain is broken, each at its first bad revision. */
  brokenStreams: { streamId: string; revision: number; reason: string }[];
  /** Alarms raised outside a check: a witness refusing a checkpoint, the tree rewritten. */
  alarms: string[];
}

const UNCHECKED: IntegrityVerdict = { status: 'unchecked', checkedAt: null, checkpoint: null, logSize: 0, firstBad: null, reason: null, brokenStreams: [], alarms: [] };

/**
 * Checks the whole log against the newest checkpoint it can trust (the witness directory's if
 * there is one, else this instance's own), at start and then periodically, and keeps the verdict
 * for health, metrics and the dashboard's banner.
 */
export class IntegrityMonitor {
  private current: IntegrityVerdict = UNCHECKED;
  private running?: Promise<IntegrityVerdict>;

  constructor(
    private readonly store: EventStore,
    private readonly tree: TreeStore,
    private readonly checkpoints: CheckpointLog,
    private readonly verifiers: readonly NoteVerifier[],
    private readonly witnessDir?: DirectoryWitness,
    /** Other evidence, reported as alarms: forged token creations, checkpoints refused as a witness. */
    private readonly otherChecks: () => Promise<string[]> = async () => [],
  ) {}

  get verdict(): IntegrityVerdict {
    return this.current;
  }

  /** Raised by the checkpoint schedule: shown until the next check, and kept in it. */
  raise(alarm: string): void {
    const alarms = this.current.alarms.includes(alarm) ? this.current.alarms : [...this.current.alarms, alarm].slice(-20);
    this.current = { ...this.current, status: 'failed', alarms };
  }

  check(): Promise<IntegrityVerdict> {
    this.running ??= this.checkNow().finally(() => (this.running = undefined));
    return this.running;
  }

  /** Whether the report's events can be trusted as served, as far as the last check knows. */
  reportStatus(streamId: string): { status: 'verified' | 'failed' | 'unverified' | 'unchecked'; reason: string | null } {
    const v = this.current;
    if (v.status === 'unchecked') return { status: 'unchecked', reason: null };
    const broken = v.brokenStreams.find((b) => b.streamId === streamId);
    if (broken) return { status: 'failed', reason: `revision ${broken.revision}: ${broken.reason}` };
    if (v.firstBad?.event?.streamId === streamId) return { status: 'failed', reason: `revision ${v.firstBad.event.revision}: ${v.firstBad.reason}` };
    if (v.status === 'failed') return { status: 'unverified', reason: v.reason ?? v.firstBad?.reason ?? v.alarms.at(-1) ?? 'the log failed verification' };
    return { status: 'verified', reason: null };
  }

  private trusted(): { checkpoint: Checkpoint; source: 'witness directory' | 'this instance' } | undefined {
    const fromWitness = this.witnessDir?.latestNote();
    const [note, source] = fromWitness ? [fromWitness, 'witness directory' as const] : [this.checkpoints.latest()?.note, 'this instance' as const];
    if (!note) return undefined;
    return { checkpoint: parseCheckpointText(verifyNote(note, this.verifiers).note.text), source };
  }

  private async checkNow(): Promise<IntegrityVerdict> {
    const checkedAt = new Date().toISOString();
    const alarms = await this.otherChecks();
    const broken = (chains: LogVerifier) => chains.broken.map((b) => ({ streamId: b.streamId, revision: Number(b.revision), reason: b.reason }));
    let trusted: ReturnType<IntegrityMonitor['trusted']>;
    try {
      trusted = this.trusted();
    } catch (error) {
      const chains = await verifyLog(this.store);
      return this.settle({ ...UNCHECKED, status: 'failed', checkedAt, logSize: chains.events, brokenStreams: broken(chains), alarms, reason: `the trusted checkpoint does not verify: ${(error as Error).message}` });
    }
    if (!trusted) {
      const chains = await verifyLog(this.store);
      const status = chains.broken.length > 0 ? 'failed' : 'unchecked';
      return this.settle({ ...UNCHECKED, status, checkedAt, logSize: chains.events, brokenStreams: broken(chains), alarms, reason: 'no checkpoint has been signed yet' });
    }
    const copies: LeafCopy[] = [{ name: 'the tree beside the log', leaf: (i) => this.tree.leaf(i)?.hash }];
    if (this.witnessDir) copies.push(this.witnessDir.leafCopy());
    // One reading of the log serves both the checkpoint and every stream's chain.
    const chains = new LogVerifier();
    const audit = await auditLog(() => readLog(this.store), trusted.checkpoint, copies, (event) => chains.add(event));
    const brokenStreams = broken(chains);
    return this.settle({
      status: audit.valid && brokenStreams.length === 0 ? 'verified' : 'failed',
      checkedAt,
      checkpoint: { ...audit.checkpoint, source: trusted.source },
      logSize: audit.logSize,
      firstBad: audit.firstBad ?? null,
      reason: audit.reason ?? null,
      brokenStreams,
      alarms,
    });
  }

  private settle(verdict: IntegrityVerdict): IntegrityVerdict {
    // Alarms raised since the last check stay until a check passes cleanly.
    const kept = verdict.status === 'verified' && verdict.alarms.length === 0 ? [] : this.current.alarms;
    this.current = { ...verdict, alarms: [...new Set([...kept, ...verdict.alarms])] };
    if (this.current.alarms.length > 0) this.current.status = 'failed';
    return this.current;
  }
}
