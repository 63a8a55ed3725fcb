import type { Severity } from '@hindsight/domain';
import type Database from 'better-sqlite3';
import { summaryOfSorted } from './statistics';
import { keptBy, type TrendFilters } from './trend-filters';
import { type TrendIncident, TrendsIndex } from './trends-index';

export { TREND_GROUPS, type TrendFilters, type TrendGroup } from './trend-filters';

/** One group's running totals while its incidents are read. */
interface Group {
  key: string;
  /** Its place in the order groups were met. */
  number: number;
  incidents: number;
  bySeverity: Record<Severity, number>;
  /** Per duration, the group's values in ascending order, filled up to `filled[d]` (room for one per incident). */
  durations: Float64Array[];
  filled: number[];
  /** Incidents per category number. */
  categories: number[];
  created: number;
  completed: number;
  overdue: number;
}

const newGroup = (key: string, number: number): Group => ({
  key,
  number,
  incidents: 0,
  bySeverity: { SEV1: 0, SEV2: 0, SEV3: 0, SEV4: 0 },
  durations: [],
  filled: [0, 0, 0, 0],
  categories: [],
  created: 0,
  completed: 0,
  overdue: 0,
});

const count = (group: Group, incident: TrendIncident, today: string): void => {
  group.incidents++;
  group.bySeverity[incident.severity]++;
  for (const category of incident.categories) group.categories[category] = (group.categories[category] ?? 0) + 1;
  group.created += incident.itemsCreated;
  group.completed += incident.itemsDone;
  for (const due of incident.openDueDates) if (due < today) group.overdue++;
};

/**
 * Incidents, time to detect (occurred → detected), time to resolve (occurred → resolved),
 * time to publish the review (resolved → first published), how long the first signal imports
 * found came before detection (first signal → detected: the part of detection monitoring missed), cause categories (recurring: in
 * two or more incidents of the group) and action-item follow-through, per group. One pass
 * counts the incidents the filters keep into their groups; one pass per duration, in that
 * duration's order, lists each group's values already sorted, so percentiles are exact.
 */
export const trendsOf = (index: TrendsIndex, f: TrendFilters, now: Date) => {
  const { incidents, minutes, orders, categoryNames } = index.current();
  const kept = keptBy(f);
  const today = now.toISOString().slice(0, 10);
  const byKey = new Map<string, Group>();
  const groups: Group[] = [];
  // Which groups each incident counts in: groups[member[k]] for k from first[slot] to first[slot + 1].
  const first = new Int32Array(incidents.length + 1);
  const member: number[] = [];
  for (let slot = 0; slot < incidents.length; slot++) {
    first[slot] = member.length;
    const incident = incidents[slot];
    if (incident === undefined || !kept(incident)) continue;
    for (const key of incident.groups[f.groupBy]) {
      let group = byKey.get(key);
      if (!group) {
        group = newGroup(key, groups.length);
        byKey.set(key, group);
        groups.push(group);
      }
      count(group, incident, today);
      member.push(group.number);
    }
  }
  first[incidents.length] = member.length;
  for (const group of groups) group.durations = group.filled.map(() => new Float64Array(group.incidents));
  orders.forEach((order, d) => {
    const column = minutes[d];
    for (const slot of order) {
      for (let k = first[slot]; k < first[slot + 1]; k++) {
        const group = groups[member[k]];
        group.durations[d][group.filled[d]++] = column[slot];
      }
    }
  });
  return groups.sort((a, b) => a.key.localeCompare(b.key)).map((group) => trendOf(group, categoryNames));
};

/** Trends straight from the read model's tables (a fresh index: for one-off use; the API keeps one). */
export const trends = (db: Database.Database, f: TrendFilters, now: Date) => trendsOf(new TrendsIndex(db), f, now);

const trendOf = (group: Group, categoryNames: readonly string[]) => {
  const [timeToDetectMinutes, timeToResolveMinutes, timeToPublishMinutes, signalToDetectMinutes] = group.durations.map((values, d) => summaryOfSorted(values.subarray(0, group.filled[d])));
  return {
    key: group.key,
    incidents: group.incidents,
    bySeverity: { ...group.bySeverity },
    timeToDetectMinutes,
    timeToResolveMinutes,
    timeToPublishMinutes,
    signalToDetectMinutes,
    causeCategories: group.categories
      .flatMap((incidents, category) => (incidents === undefined ? [] : [{ category: categoryNames[category], incidents, recurring: incidents >= 2 }]))
      .sort((a, b) => b.incidents - a.incidents || a.category.localeCompare(b.category)),
    actionItems: {
      created: group.created,
      completed: group.completed,
      overdue: group.overdue,
      completionRate: group.created === 0 ? null : Math.round((group.completed / group.created) * 1000) / 1000,
    },
  };
};
