import type { PostmortemState } from '@hindsight/domain';
import type Database from 'better-sqlite3';

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
 * The folded state of every report as of the runner's lowest checkpoint: what lets each
 * projection see a report before and after the events of a batch without re-reading streams.
 */
export class ReportStates {
  private readonly cache = new Map<string, PostmortemState>();
  private readonly dirty = new Set<string>();

  constructor(private readonly db: Database.Database) {
    db.exec('CREATE TABLE IF NOT EXISTS projection_report_states (id TEXT PRIMARY KEY, state TEXT NOT NULL) STRICT');
  }

  get(id: string): PostmortemState {
    if (!this.cache.has(id)) {
      const row = this.db.prepare<[string], { state: string }>('SELECT state FROM projection_report_states WHERE id = ?').get(id);
      this.cache.set(id, row ? JSON.parse(row.state) : null);
    }
    return this.cache.get(id) as PostmortemState;
  }

  set(id: string, state: PostmortemState): void {
    this.cache.set(id, state);
    this.dirty.add(id);
  }

  /** Writes what the batch changed; call inside the batch's transaction. */
  flush(): void {
    const upsert = this.db.prepare('INSERT INTO projection_report_states (id, state) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state');
    for (const id of this.dirty) {
      const state = this.cache.get(id);
      upsert.run(id, state ? stateJson(state) : 'null');
    }
    this.dirty.clear();
    if (this.cache.size > 50_000) this.cache.clear();
  }

  /** Forgets everything, when a projection rebuilds from the first event. */
  reset(): void {
    this.db.exec('DELETE FROM projection_report_states');
    this.cache.clear();
    this.dirty.clear();
  }

  /** Drops what an aborted batch left in memory. */
  discard(): void {
    this.cache.clear();
    this.dirty.clear();
  }
}
