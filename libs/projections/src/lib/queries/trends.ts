import type { Severity } from '@hindsight/domain';
import type Database from 'better-sqlite3';
import { summaryOfSorted, wholeMinutes } from './statistics';
import { where } from './where';

export const TREND_GROUPS = ['month', 'service', 'team', 'severity', 'detection'] as const;
export type TrendGroup = (typeof TREND_GROUPS)[number];

export interface TrendFilters {
  /** Incidents that occurred from this instant (inclusive)… */
  from?: string;
  /** …to this one (exclusive). */
  to?: string;
  service?: string;
  team?: string;
  severity?: Severity;
  /** Only these teams (team-scoped readers); undefined: every team. */
  teams?: readonly string[];
  groupBy: TrendGroup;
}

/** What each grouping groups by; an incident of two services counts in both. */
const GROUP_KEYS: Record<TrendGroup, { key: string; join: string }> = {
  month: { key: 'i.month', join: '' },
  team: { key: 'i.team', join: '' },
  severity: { key: 'i.severity', join: '' },
  // How incidents were noticed; reports that do not say are grouped as 'unknown'.
  detection: { key: "COALESCE(i.detection_method, 'unknown')", join: '' },
  service: { key: 's.service', join: 'JOIN rm_incident_services s ON s.report_id = i.report_id' },
};

/** Time to detect, to resolve, to publish, and from the first signal to detection: the row's columns 2–5. */
const DURATIONS = 4;

type IncidentRow = [
  key: string,
  severity: Severity,
  toDetectMs: number | null,
  toResolveMs: number | null,
  toPublishMs: number | null,
  signalToDetectMs: number | null,
  categories: string,
  itemsCreated: number,
  itemsDone: number,
  openDueDates: string,
];

/** One group's running totals while its incidents are read. */
interface Group {
  incidents: number;
  bySeverity: Record<Severity, number>;
  durations: number[][];
  categories: Map<string, number>;
  created: number;
  completed: number;
  overdue: number;
}

const newGroup = (): Group => ({
  incidents: 0,
  bySeverity: { SEV1: 0, SEV2: 0, SEV3: 0, SEV4: 0 },
  durations: Array.from({ length: DURATIONS }, () => []),
  categories: new Map(),
  created: 0,
  completed: 0,
  overdue: 0,
});

const add = (group: Group, row: IncidentRow, today: string): void => {
  group.incidents++;
  group.bySeverity[row[1]]++;
  for (let d = 0; d < DURATIONS; d++) {
    const ms = row[2 + d] as number | null;
    if (ms !== null) group.durations[d].push(wholeMinutes(ms));
  }
  if (row[6] !== '') for (const category of row[6].split(' ')) group.categories.set(category, (group.categories.get(category) ?? 0) + 1);
  group.created += row[7];
  group.completed += row[8];
  if (row[9] !== '') for (const due of row[9].split(' ')) if (due < today) group.overdue++;
};

const numerically = (a: number, b: number) => a - b;

/**
 * Incidents, time to detect (occurred → detected), time to resolve (occurred → resolved),
 * time to publish the review (resolved → first published), how long the first signal imports
 * found came before detection (first signal → detected: the part of detection monitoring missed), cause categories (recurring: in
 * two or more incidents of the group) and action-item follow-through, per group. Each incident's
 * row carries its durations, categories and action-item counts, so one pass over the rows the
 * filters keep (an index range when dated) answers every grouping; percentiles are exact.
 */
export const trends = (db: Database.Database, f: TrendFilters, now: Date) => {
  const filter = where({
    from: ['i.occurred_at >= @from', f.from],
    to: ['i.occurred_at < @to', f.to],
    team: ['i.team = @team', f.team],
    severity: ['i.severity = @severity', f.severity],
    teams: ['i.team IN (SELECT value FROM json_each(@teams))', f.teams && JSON.stringify(f.teams)],
    service: ['EXISTS (SELECT 1 FROM rm_incident_services fs WHERE fs.report_id = i.report_id AND fs.service = @service)', f.service],
  });
  const { key, join } = GROUP_KEYS[f.groupBy];
  const rows = db
    .prepare(
      `SELECT ${key}, i.severity, i.to_detect_ms, i.to_resolve_ms, i.to_publish_ms, i.signal_to_detect_ms,
              i.categories, i.items_created, i.items_done, i.open_due_dates
       FROM rm_incidents i ${join} ${filter.sql}`,
    )
    .raw()
    .all(filter.params) as IncidentRow[];
  const today = now.toISOString().slice(0, 10);
  const groups = new Map<string, Group>();
  for (const row of rows) {
    let group = groups.get(row[0]);
    if (!group) groups.set(row[0], (group = newGroup()));
    add(group, row, today);
  }

  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, group]) => trendOf(key, group));
};

const trendOf = (key: string, group: Group) => {
  const [timeToDetectMinutes, timeToResolveMinutes, timeToPublishMinutes, signalToDetectMinutes] = group.durations.map((d) => summaryOfSorted(d.sort(numerically)));
  return {
    key,
    incidents: group.incidents,
    bySeverity: { ...group.bySeverity },
    timeToDetectMinutes,
    timeToResolveMinutes,
    timeToPublishMinutes,
    signalToDetectMinutes,
    causeCategories: [...group.categories.entries()]
      .map(([category, incidents]) => ({ category, incidents, recurring: incidents >= 2 }))
      .sort((a, b) => b.incidents - a.incidents || a.category.localeCompare(b.category)),
    actionItems: {
      created: group.created,
      completed: group.completed,
      overdue: group.overdue,
      completionRate: group.created === 0 ? null : Math.round((group.completed / group.created) * 1000) / 1000,
    },
  };
};
