import { isPostmortemEventType } from '@hindsight/domain';
import { comparePositions, type EventStore, type Position, type RecordedEvent, type Subscription } from '@hindsight/event-store';
import type Database from 'better-sqlite3';
import { postmortemIdOf, type ProjectedEvent, type Projection, type ReportChange } from './projection';
import { FIRST_SLICED_BATCH, type Lag, nextBatchSize, resumeDelay } from './following';
import { type Checkpoint, storeCheckpoint, storedCheckpoints } from './checkpoint-table';
import { ReportStates } from './report-states';
import type { Progress, RunnerOptions } from './runner-options';
import { reportsUpTo } from './reports-in-full';
import { changesOfBatch, changesOfReports } from './report-changes';

/** The version a checkpoint carries while its projection is rebuilt report by report: not yet usable. */
const REBUILDING = -1;

/**
 * Reads the global log from the lowest checkpoint and applies it to every projection that has
 * not seen it yet. Each batch — rows of every projection, their checkpoints and the folded
 * report states — is one SQLite transaction, so a crash never applies an event twice or skips it.
 */
export class ProjectionRunner {
  private readonly options: RunnerOptions & Required<Pick<RunnerOptions, 'batchSize' | 'warn' | 'resumeDelayMs'>>;
  private readonly states: ReportStates;
  private readonly checkpoints = new Map<string, Checkpoint>();
  private readonly warnedTypes = new Set<string>();
  private readonly waiters = new Set<() => void>();
  private readonly listeners = new Set<(events: readonly RecordedEvent[]) => void>();
  private subscription?: Subscription;
  private readonly pending: RecordedEvent[] = [];
  private failure?: Error;
  private stopped = false;
  /** Tries since the subscription was lost; 0 while following. */
  private outageAttempts = 0;
  /** Whether a live subscription delivers new events now. */
  following = false;
  /** How many times a lost subscription was resumed since start. */
  resumes = 0;

  constructor(
    private readonly store: EventStore,
    private readonly db: Database.Database,
    private readonly projections: readonly Projection[],
    options: RunnerOptions = {},
  ) {
    this.options = {
      ...options,
      batchSize: options.batchSize ?? 5_000,
      warn: options.warn ?? ((message) => console.warn(message)),
      resumeDelayMs: options.resumeDelayMs ?? { first: 100, max: 10_000 },
    };
    this.states = new ReportStates(db, options.statesKept);
    this.prepare();
  }

  /** The position every read model has reached: reads reflect the log up to here. */
  get position(): Position | undefined {
    const positions = [...this.checkpoints.values()].map((c) => c.position);
    if (positions.some((p) => p === undefined)) return undefined;
    return (positions as Position[]).sort(comparePositions)[0];
  }

  /** Applies everything stored so far, batch by batch. */
  catchUp(onProgress?: (progress: Progress) => void): Promise<number> {
    return this.catchUpWhile(() => true, onProgress);
  }

  private async catchUpWhile(keepGoing: () => boolean, onProgress?: (progress: Progress) => void): Promise<number> {
    let applied = 0;
    // Sliced, it starts small and grows while batches take less than a slice.
    let size = this.options.sliceMs === undefined ? this.options.batchSize : Math.min(FIRST_SLICED_BATCH, this.options.batchSize);
    for (;;) {
      const batch = await this.store.readAll({ after: this.position, limit: size });
      if (batch.length === 0 || !keepGoing()) {
        // The folded states are in their table; what catching up cached in memory is not needed any more.
        this.states.discard();
        return applied;
      }
      const started = performance.now();
      this.applyBatch(batch);
      if (this.options.sliceMs !== undefined) size = nextBatchSize(size, performance.now() - started, this.options.sliceMs, this.options.batchSize);
      applied += batch.length;
      onProgress?.({ applied, position: this.position });
      // Batches are synchronous SQLite work: let requests and timers run between them.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /**
   * Catches up, then follows new events as they are appended. Events that arrive while the
   * event loop is busy are applied together, in one transaction, as soon as it is free.
   */
  async start(): Promise<void> {
    this.stopped = false;
    await this.catchUpWhile(() => !this.stopped);
    if (!this.stopped) this.follow();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.following = false;
    await this.subscription?.close();
    this.subscription = undefined;
    this.applyPending();
  }

  /** How far behind the log the read models are, counting up to `limit` events. */
  async lag(limit: number): Promise<Lag> {
    const waiting = await this.store.readAll({ after: this.position, limit });
    const oldest = waiting[0]?.metadata.timestamp;
    return { events: waiting.length, seconds: oldest ? Math.max(0, (Date.now() - Date.parse(oldest)) / 1000) : 0 };
  }

  private follow(): void {
    const subscription = this.store.subscribe((event) => this.enqueue(event), { after: this.position });
    this.subscription = subscription;
    this.following = true;
    subscription.done.catch((error: Error) => {
      if (!this.stopped && this.subscription === subscription) void this.resume(error);
    });
  }

  /**
   * A lost subscription (a dropped connection, a node restarting, a leader election) is resumed
   * from the last applied position after a growing, jittered wait: applied events are never
   * applied again and none is skipped. Said once when lost and once when resumed.
   */
  private async resume(error: Error): Promise<void> {
    this.following = false;
    this.options.warn(`Projections lost the event store's subscription (${error.message}); resuming from ${this.position ?? 'the start'}`);
    while (!this.stopped) {
      await new Promise((resolve) => setTimeout(resolve, resumeDelay(this.outageAttempts++, this.options.resumeDelayMs)));
      if (this.stopped) return;
      try {
        this.applyPending();
        await this.catchUpWhile(() => !this.stopped);
        if (this.stopped) return;
        this.follow();
        this.resumes++;
        this.options.warn(`Projections follow the event store again, after ${this.outageAttempts} ${this.outageAttempts === 1 ? 'try' : 'tries'}`);
        this.outageAttempts = 0;
        return;
      } catch {
        // The store does not answer yet: wait longer and try again.
      }
    }
  }

  private enqueue(event: RecordedEvent): void {
    if (this.failure) throw this.failure;
    // A resumed subscription starts after the last applied event; anything at or before the last
    // one already taken is a repeat.
    const latest = this.pending.at(-1)?.position ?? this.position;
    if (latest !== undefined && comparePositions(event.position, latest) <= 0) return;
    this.pending.push(event);
    if (this.pending.length === 1) setImmediate(() => this.applyPending());
  }

  private applyPending(): void {
    try {
      while (this.pending.length > 0) this.applyBatch(this.pending.splice(0, this.options.batchSize));
    } catch (error) {
      this.failure = error as Error;
      this.pending.length = 0;
      this.options.warn(`Projections stopped: ${this.failure.message}`);
    }
  }

  /**
   * Drops the named projections (all by default) and applies the whole log to them again, on a
   * runner that is not following. All: each report folded whole and written once, up to the log's
   * head; then what came after, in order. Until then their checkpoints say REBUILDING, so a
   * rebuild cut short starts over. Some: the log in order.
   */
  async rebuild(names?: readonly string[], onProgress?: (progress: Progress) => void): Promise<number> {
    if (this.subscription) throw new Error('Stop the projection runner before rebuilding');
    const chosen = this.projections.filter((p) => !names || names.includes(p.name));
    const head = chosen.length === this.projections.length ? await this.store.lastPosition() : undefined;
    this.db.transaction(() => {
      for (const projection of chosen) this.resetProjection(projection, head === undefined ? projection.version : REBUILDING);
      this.states.reset();
    })();
    if (head === undefined) return this.catchUp(onProgress);
    let applied = 0;
    for await (const reports of reportsUpTo(this.store, head, this.options.batchSize, this.options.streamReader)) {
      applied += this.applyReports(reports);
      onProgress?.({ applied, position: undefined });
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.db.transaction(() => chosen.forEach((p) => this.saveCheckpoint(p.name, { version: p.version, position: head })))();
    this.states.discard();
    this.waiters.forEach((check) => check());
    return applied + (await this.catchUp((progress) => onProgress?.({ ...progress, applied: applied + progress.applied })));
  }

  /** Calls `listener` with each batch of events once the read models reflect it; returns the unsubscribe. */
  onApplied(listener: (events: readonly RecordedEvent[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once every read model reflects `position`, or after `timeoutMs` (false). */
  async waitFor(position: Position, timeoutMs: number): Promise<boolean> {
    const reached = () => this.position !== undefined && comparePositions(this.position, position) >= 0;
    if (reached()) return true;
    return new Promise((resolve) => {
      const check = () => {
        if (!reached()) return;
        done(true);
      };
      const done = (result: boolean) => {
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(result);
      };
      const timer = setTimeout(() => done(reached()), timeoutMs);
      this.waiters.add(check);
    });
  }

  private prepare(): void {
    const stored = storedCheckpoints(this.db);
    this.db.transaction(() => {
      let stale = false;
      for (const projection of this.projections) {
        const row = stored.get(projection.name);
        if (row && row.version === projection.version) {
          projection.migrate(this.db);
          this.checkpoints.set(projection.name, row);
        } else {
          if (row?.version === REBUILDING) this.options.warn(`Projection ${projection.name} was being rebuilt when it stopped: rebuilding it again`);
          else if (row) this.options.warn(`Projection ${projection.name} changed from version ${row.version} to ${projection.version}: rebuilding it`);
          this.resetProjection(projection);
          stale = true;
        }
      }
      if (stale) this.states.reset();
    })();
  }

  private resetProjection(projection: Projection, version = projection.version): void {
    projection.drop(this.db);
    projection.migrate(this.db);
    this.saveCheckpoint(projection.name, { version, position: undefined });
  }

  private saveCheckpoint(name: string, checkpoint: Checkpoint): void {
    storeCheckpoint(this.db, name, checkpoint);
    this.checkpoints.set(name, checkpoint);
  }

  private isKnown(recorded: RecordedEvent): recorded is ProjectedEvent {
    if (isPostmortemEventType(recorded.type)) return true;
    if (!this.warnedTypes.has(recorded.type)) this.options.warn(`Projections skip unknown event type '${recorded.type}'`);
    this.warnedTypes.add(recorded.type);
    return false;
  }

  /** Whole reports, each folded from its first event, in one transaction; checkpoints stay. */
  private applyReports(reports: readonly RecordedEvent[][]): number {
    const known = reports.map((stream) => stream.filter((recorded) => this.isKnown(recorded)));
    const changes = changesOfReports(known, this.states);
    const applied = reports.flat();
    this.commit(applied, () => this.projections.forEach((projection) => projection.apply(this.db, changes)));
    return applied.length;
  }

  private applyBatch(batch: readonly RecordedEvent[]): void {
    const last = batch[batch.length - 1].position;
    const known = batch.filter((recorded): recorded is ProjectedEvent => postmortemIdOf(recorded.streamId) !== undefined && this.isKnown(recorded));
    this.commit(batch, () => {
      const changes = changesOfBatch(known, this.states, new Map(this.projections.map((p) => [p.name, this.checkpoints.get(p.name)?.position])));
      for (const projection of this.projections) {
        const ofProjection = changes.get(projection.name) as ReportChange[];
        if (ofProjection.length > 0) projection.apply(this.db, ofProjection);
        const checkpoint = this.checkpoints.get(projection.name) as Checkpoint;
        if (checkpoint.position === undefined || comparePositions(last, checkpoint.position) > 0) {
          this.saveCheckpoint(projection.name, { version: projection.version, position: last });
        }
      }
    });
  }

  /** `write` and the folded states it changed, in one transaction; in memory, all as it was if it fails. */
  private commit(events: readonly RecordedEvent[], write: () => void): void {
    const saved = new Map(this.checkpoints);
    try {
      this.db.transaction(() => {
        write();
        this.states.flush();
      })();
    } catch (error) {
      this.checkpoints.clear();
      saved.forEach((value, key) => this.checkpoints.set(key, value));
      this.states.discard();
      throw error;
    }
    this.waiters.forEach((check) => check());
    this.listeners.forEach((listener) => listener(events));
  }
}
