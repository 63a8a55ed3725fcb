import type { Severity } from '@hindsight/domain';
import type Database from 'better-sqlite3';
import { minutesBetween, summary } from './statistics';
import { where } from './where';

export const TREND_GROUPS = ['month', 'service', 'team', 'severity'] as const;
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

interface IncidentRow {
  report_id: string;
  team: string;
  severity: string;
  month: string;
  occurred_at: string;
  detected_at: string | null;
  resolved_at: string | null;
  first_published_at: string | null;
}

const numbers = (values: (number | undefined)[]): number[] => values.filter((v): v is number => v !== undefined);

/**
 * Incidents, time to detect (occurred → detected), time to resolve (occurred → resolved),
 * time to publish the review (resolved → first published), cause categories (recurring: in
 * two or more incidents of the group) and action-item follow-through, per group.
 */
export const trends = (db: Database.Database, f: TrendFilters, now: Date) => {
  const filter = where({
    from: ['i.occurred_at >= @from', f.from],
    to: ['i.occurred_at < @to', f.to],
    team: ['i.team = @team', f.team],
    severity: ['i.severity = @severity', f.severity],
    teams: ['i.team IN (SELECT value FROM json_each(@teams))', f.teams && JSON.stringify(f.teams)],
    service: ['EXISTS (SELECT 1 FROM rm_incident_services s WHERE s.report_id = i.report_id AND s.service = @service)', f.service],
  });
  const incidents = db.prepare(`SELECT * FROM rm_incidents i ${filter.sql}`).all(filter.params) as IncidentRow[];

  // Only the rows of the incidents the filters kept.
  const scope = `WHERE report_id IN (SELECT report_id FROM rm_incidents i ${filter.sql})`;
  const byReport = <T>(sql: string) => {
    const map = new Map<string, T[]>();
    for (const row of db.prepare(`${sql} ${scope}`).all(filter.params) as (T & { report_id: string })[]) {
      const rows = map.get(row.report_id);
      if (rows) rows.push(row);
      else map.set(row.report_id, [row]);
    }
    return map;
  };
  const services = byReport<{ service: string }>('SELECT report_id, service FROM rm_incident_services');
  const causes = byReport<{ category: string; level: string }>('SELECT report_id, category, level FROM rm_incident_causes');
  const items = byReport<{ status: string; due_date: string | null }>('SELECT report_id, status, due_date FROM rm_action_items');
  const today = now.toISOString().slice(0, 10);

  const keysOf = (i: IncidentRow): string[] =>
    f.groupBy === 'service' ? (services.get(i.report_id) ?? []).map((s) => s.service) : [f.groupBy === 'month' ? i.month : f.groupBy === 'team' ? i.team : i.severity];

  const groups = new Map<string, IncidentRow[]>();
  for (const incident of incidents) {
    for (const key of keysOf(incident)) {
      const group = groups.get(key);
      if (group) group.push(incident);
      else groups.set(key, [incident]);
    }
  }

  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, group]) => {
      const categoryCounts = new Map<string, number>();
      for (const incident of group) {
        for (const category of new Set((causes.get(incident.report_id) ?? []).map((c) => c.category))) {
          categoryCounts.set(category, (categoryCounts.get(category) ?? 0) + 1);
        }
      }
      const groupItems = group.flatMap((i) => items.get(i.report_id) ?? []);
      const completed = groupItems.filter((i) => i.status === 'done').length;
      const overdue = groupItems.filter((i) => (i.status === 'open' || i.status === 'in_progress') && i.due_date !== null && i.due_date < today).length;
      return {
        key,
        incidents: group.length,
        bySeverity: Object.fromEntries(['SEV1', 'SEV2', 'SEV3', 'SEV4'].map((s) => [s, group.filter((i) => i.severity === s).length])),
        timeToDetectMinutes: summary(numbers(group.map((i) => minutesBetween(i.occurred_at, i.detected_at)))),
        timeToResolveMinutes: summary(numbers(group.map((i) => minutesBetween(i.occurred_at, i.resolved_at)))),
        timeToPublishMinutes: summary(numbers(group.map((i) => minutesBetween(i.resolved_at, i.first_published_at)))),
        causeCategories: [...categoryCounts.entries()]
          .map(([category, incidents]) => ({ category, incidents, recurring: incidents >= 2 }))
          .sort((a, b) => b.incidents - a.incidents || a.category.localeCompare(b.category)),
        actionItems: {
          created: groupItems.length,
          completed,
          overdue,
          completionRate: groupItems.length === 0 ? null : Math.round((completed / groupItems.length) * 1000) / 1000,
        },
      };
    });
};
