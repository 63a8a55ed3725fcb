import type { PostmortemState } from '@hindsight/domain';
import type Database from 'better-sqlite3';
import { prepared } from './read-models/sql';

const serialized = new WeakMap<object, string>();

/**
 * A folded report as JSON, worked out once per state: the runner stores it and the report
 * document read model stores it too, and a long report's JSON runs to half a megabyte.
 */
export const stateJson = (state: NonNullable<PostmortemState>): string => {
  const known = serialized.get(state);
  if (known !== undefined) return known;
  const text = JSON.stringify(state);
  serialized.set(state, text);
  return text;
};

/**
 * Reports kept folded in memory between batches, least recently used first out: at most this
 * many, and at most this many bytes of their JSON (a long report weighs as much as hundreds of
 * short ones). Catching up on a long log touches every report once; keeping them all held
 * 1.3 GB at 43,000 reports. A report not kept is read back from its stored state, which the
 * batch that last changed it wrote.
 */
const STATES_KEPT = 500;
const JSON_BYTES_KEPT = 16 * 1024 * 1024;

/**
 * The folded state of every report as of the runner's lowest checkpoint: what lets each
 * projection see a report before and after the events of a batch without re-reading streams.
 */
export class ReportStates {
  private readonly cache = new Map<string, PostmortemState>();
  /** The length of each kept state's JSON, once known (read, or written by a flush). */
  private readonly sizes = new Map<string, number>();
  private bytes = 0;
  private readonly dirty = new Set<string>();

  constructor(
    private readonly db: Database.Database,
    private readonly kept = STATES_KEPT,
  ) {
    db.exec('CREATE TABLE IF NOT EXISTS projection_report_states (id TEXT PRIMARY KEY, state TEXT NOT NULL) STRICT');
  }

  get(id: string): PostmortemState {
    if (this.cache.has(id)) {
      const known = this.cache.get(id) as PostmortemState;
      this.cache.delete(id);
      this.cache.set(id, known);
      return known;
    }
    const row = prepared(this.db, 'SELECT state FROM projection_report_states WHERE id = ?').get(id) as { state: string } | undefined;
    const state: PostmortemState = row ? JSON.parse(row.state) : null;
    this.cache.set(id, state);
    this.size(id, row?.state.length ?? 0);
    return state;
  }

  set(id: string, state: PostmortemState): void {
    this.cache.delete(id);
    this.cache.set(id, state);
    this.dirty.add(id);
  }

  /** Writes what the batch changed; call inside the batch's transaction. */
  flush(): void {
    const upsert = prepared(this.db, 'INSERT INTO projection_report_states (id, state) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state');
    for (const id of this.dirty) {
      const state = this.cache.get(id);
      const json = state ? stateJson(state) : 'null';
      upsert.run(id, json);
      this.size(id, json.length);
    }
    this.dirty.clear();
    // Only once written: a state dropped before its batch stored it would be lost.
    for (const id of this.cache.keys()) {
      if (this.cache.size <= this.kept && this.bytes <= JSON_BYTES_KEPT) break;
      this.cache.delete(id);
      this.size(id, 0);
      this.sizes.delete(id);
    }
  }

  private size(id: string, bytes: number): void {
    this.bytes += bytes - (this.sizes.get(id) ?? 0);
    this.sizes.set(id, bytes);
  }

  /** Forgets everything, when a projection rebuilds from the first event. */
  reset(): void {
    this.db.exec('DELETE FROM projection_report_states');
    this.discard();
  }

  /** Drops what an aborted batch left in memory. */
  discard(): void {
    this.cache.clear();
    this.sizes.clear();
    this.bytes = 0;
    this.dirty.clear();
  }
}
