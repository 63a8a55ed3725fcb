import { evolve, type PostmortemState } from '@hindsight/domain';
import { comparePositions, type Position } from '@hindsight/event-store';
import { postmortemIdOf, type ProjectedEvent, type ReportChange } from './projection';
import type { ReportStates } from './report-states';

/**
 * What each projection applies of a batch of the log: every report the batch touched, from its
 * folded state before the first event the projection has not seen to after the last. Folds the
 * events into `states` as it goes.
 */
export const changesOfBatch = (
  batch: readonly ProjectedEvent[],
  states: ReportStates,
  seenBy: ReadonlyMap<string, Position | undefined>,
): Map<string, ReportChange[]> => {
  const changes = new Map<string, Map<string, ReportChange>>([...seenBy.keys()].map((name) => [name, new Map()]));
  for (const event of batch) {
    const id = postmortemIdOf(event.streamId) as string;
    const before = states.get(id);
    const after: PostmortemState = evolve(before, event);
    states.set(id, after);
    for (const [name, seen] of seenBy) {
      if (seen !== undefined && comparePositions(event.position, seen) <= 0) continue;
      const byReport = changes.get(name) as Map<string, ReportChange>;
      const change = byReport.get(id) ?? { postmortemId: id, before, after, events: [] };
      change.after = after;
      change.events.push(event);
      byReport.set(id, change);
    }
  }
  return new Map([...changes].map(([name, byReport]) => [name, [...byReport.values()]]));
};

/** Whole reports, each folded from its first event: one change per report, the same for every projection. */
export const changesOfReports = (reports: readonly ProjectedEvent[][], states: ReportStates): ReportChange[] =>
  reports.flatMap((events) => {
    if (events.length === 0) return [];
    const postmortemId = postmortemIdOf(events[0].streamId) as string;
    const after = events.reduce<PostmortemState>((state, event) => evolve(state, event), null);
    states.set(postmortemId, after);
    return [{ postmortemId, before: null, after, events }];
  });
