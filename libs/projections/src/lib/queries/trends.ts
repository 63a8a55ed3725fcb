import type { Severity } from '@hindsight/domain';
import type Database from 'better-sqlite3';
import { summary, wholeMinutes } from './statistics';
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

const SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;

type IncidentRow = [key: string, severity: string, toDetectMs: number | null, toResolveMs: number | null, toPublishMs: number | null, signalToDetectMs: number | null];
type CauseRow = [key: string, category: string, incidents: number];
type ItemRow = [key: string, created: number, completed: number, overdue: number];

/** Milliseconds from one instant column to another, exact for instants given to the millisecond; NULL if either is. */
const millisecondsBetween = (from: string, to: string) => `ROUND((julianday(${to}) - julianday(${from})) * 86400000)`;

/** The durations that are known, in whole minutes. */
const minutes = (values: (number | null)[]): number[] => values.filter((v): v is number => v !== null).map(wholeMinutes);

/** Rows as arrays, grouped by their first column. */
const byKey = <T extends [string, ...unknown[]]>(rows: T[]): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row[0]);
    if (group) group.push(row);
    else groups.set(row[0], [row]);
  }
  return groups;
};

/**
 * Incidents, time to detect (occurred → detected), time to resolve (occurred → resolved),
 * time to publish the review (resolved → first published), how long the first signal imports
 * found came before detection (first signal → detected: the part of detection monitoring missed), cause categories (recurring: in
 * two or more incidents of the group) and action-item follow-through, per group. SQLite counts
 * and groups and measures durations; only their percentiles are worked out here.
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
  /** The filtered incidents, once per group they fall in, with the rows of `also` joined. */
  const grouped = (also = '') => `FROM rm_incidents i ${join} ${also} ${filter.sql}`;
  const rows = <T>(sql: string, params: Record<string, unknown> = filter.params): T[] => db.prepare(sql).raw().all(params) as T[];

  const incidents = byKey(
    rows<IncidentRow>(
      `SELECT ${key}, i.severity, ${millisecondsBetween('i.occurred_at', 'i.detected_at')}, ${millisecondsBetween('i.occurred_at', 'i.resolved_at')},
              ${millisecondsBetween('i.resolved_at', 'i.first_published_at')}, ${millisecondsBetween('i.first_signal_at', 'i.detected_at')} ${grouped()}`,
    ),
  );
  const causes = byKey(
    rows<CauseRow>(`SELECT ${key}, c.category, COUNT(DISTINCT c.report_id) ${grouped('JOIN rm_incident_causes c ON c.report_id = i.report_id')} GROUP BY 1, 2`),
  );
  const items = new Map(
    rows<ItemRow>(
      `SELECT ${key}, COUNT(*), COALESCE(SUM(a.status = 'done'), 0),
              COALESCE(SUM(a.status IN ('open', 'in_progress') AND a.due_date IS NOT NULL AND a.due_date < @today), 0)
       ${grouped('JOIN rm_action_items a ON a.report_id = i.report_id')} GROUP BY 1`,
      { ...filter.params, today: now.toISOString().slice(0, 10) },
    ).map((row) => [row[0], row]),
  );

  return [...incidents.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([group, members]) => {
      const [, created, completed, overdue] = items.get(group) ?? [group, 0, 0, 0];
      return {
        key: group,
        incidents: members.length,
        bySeverity: Object.fromEntries(SEVERITIES.map((s) => [s, members.filter((i) => i[1] === s).length])),
        timeToDetectMinutes: summary(minutes(members.map((i) => i[2]))),
        timeToResolveMinutes: summary(minutes(members.map((i) => i[3]))),
        timeToPublishMinutes: summary(minutes(members.map((i) => i[4]))),
        signalToDetectMinutes: summary(minutes(members.map((i) => i[5]))),
        causeCategories: (causes.get(group) ?? [])
          .map(([, category, count]) => ({ category, incidents: count, recurring: count >= 2 }))
          .sort((a, b) => b.incidents - a.incidents || a.category.localeCompare(b.category)),
        actionItems: {
          created,
          completed,
          overdue,
          completionRate: created === 0 ? null : Math.round((completed / created) * 1000) / 1000,
        },
      };
    });
};
