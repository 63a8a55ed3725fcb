import type { PostmortemEvent, PostmortemState } from '@hindsight/domain';
import type { RecordedEvent } from '@hindsight/event-store';
import type Database from 'better-sqlite3';

/** A stored event with its domain shape, as projections see it. */
export type ProjectedEvent = RecordedEvent & PostmortemEvent;

/**
 * What happened to one report within a batch: its state before the first event this
 * projection applies, after the last, and the events in between (for their times and actors).
 */
export interface ReportChange {
  postmortemId: string;
  before: PostmortemState;
  after: PostmortemState;
  events: ProjectedEvent[];
}

/**
 * A read model: its own tables, written only through `apply`, always inside the runner's
 * transaction together with its checkpoint. Bump `version` when tables or logic change:
 * the runner then rebuilds it from the first event.
 */
export interface Projection {
  readonly name: string;
  readonly version: number;
  /** Creates the tables (idempotent). */
  migrate(db: Database.Database): void;
  /** Drops the tables, for a rebuild. */
  drop(db: Database.Database): void;
  apply(db: Database.Database, changes: readonly ReportChange[]): void;
}

export const postmortemIdOf = (streamId: string): string | undefined =>
  streamId.startsWith('postmortem-') ? streamId.slice('postmortem-'.length) : undefined;
