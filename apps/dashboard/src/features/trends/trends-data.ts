import type { TrendGroup } from '@hindsight/contracts';
import { SEVERITIES } from '@hindsight/domain';

/** Chart rows from the month groups of GET /api/trends: pure, so the charts and their CSV agree. */

const hours = (minutes: number | null) => (minutes === null ? null : Math.round((minutes / 60) * 10) / 10);

export const incidentsBySeverity = (groups: readonly TrendGroup[]) =>
  groups.map((g) => ({ month: g.key, ...Object.fromEntries(SEVERITIES.map((s) => [s, g.bySeverity[s] ?? 0])) }));

export const detectAndResolve = (groups: readonly TrendGroup[]) =>
  groups.map((g) => ({
    month: g.key,
    'MTTD median (h)': hours(g.timeToDetectMinutes.median),
    'MTTR median (h)': hours(g.timeToResolveMinutes.median),
    'MTTR p90 (h)': hours(g.timeToResolveMinutes.p90),
  }));

/** Incidents per cause category over the whole range; recurring when in two incidents or more. */
export const causeCategories = (groups: readonly TrendGroup[], top = 12) => {
  const totals = new Map<string, number>();
  for (const g of groups) for (const c of g.causeCategories) totals.set(c.category, (totals.get(c.category) ?? 0) + c.incidents);
  return [...totals.entries()]
    .map(([category, incidents]) => ({ category: category.replace(/_/g, ' '), incidents, recurring: incidents >= 2 ? 'yes' : 'no' }))
    .sort((a, b) => b.incidents - a.incidents || a.category.localeCompare(b.category))
    .slice(0, top);
};

export const followThrough = (groups: readonly TrendGroup[]) =>
  groups.map((g) => ({
    month: g.key,
    created: g.actionItems.created,
    completed: g.actionItems.completed,
    overdue: g.actionItems.overdue,
    'completion %': g.actionItems.completionRate === null ? null : Math.round(g.actionItems.completionRate * 100),
  }));

/** From the detection groups: how incidents were noticed, and how long each way took to notice them. */
export const detectionMethods = (groups: readonly TrendGroup[]) =>
  groups
    .map((g) => ({ method: g.key.replace(/_/g, ' '), incidents: g.incidents, 'MTTD median (h)': hours(g.timeToDetectMinutes.median) }))
    .sort((a, b) => b.incidents - a.incidents || a.method.localeCompare(b.method));
