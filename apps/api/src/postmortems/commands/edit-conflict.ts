import type { RecordedEvent } from '@hindsight/event-store';

/** Somebody changed the same part of the report after the revision this editor saw. */
export class EditConflict extends Error {
  constructor(
    readonly basedOnRevision: number,
    readonly currentRevision: number,
    readonly conflicts: readonly RecordedEvent[],
  ) {
    super(
      conflicts.length > 0
        ? `Revision ${basedOnRevision} is stale: ${conflicts.length} later change(s) touched what this command changes`
        : `Revision ${basedOnRevision} is ahead of the report, which is at revision ${currentRevision}`,
    );
    this.name = 'EditConflict';
  }
}
