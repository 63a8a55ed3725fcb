import type { TrendGroup } from '@hindsight/contracts';
import { SEVERITIES } from '@hindsight/domain';

/** Chart rows from the month groups of GET /api/trends: pure, so the charts and their CSV agree. */

/** How far back from the latest month a month is still drawn; older ones are dates that look wrong. */
export const PLAUSIBLE_YEARS = 10;

export const monthIndex = (key: string) => Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1;
export const monthKey = (index: number) => `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

const emptyGroup = (key: string): TrendGroup => ({
  key,
  incidents: 0,
  bySeverity: {},
  timeToDetectMinutes: { count: 0, median: null, p90: null },
  timeToResolveMinutes: { count: 0, median: null, p90: null },
  timeToPublishMinutes: { count: 0, median: null, p90: null },
  signalToDetectMinutes: { count: 0, median: null, p90: null },
  causeCategories: [],
  actionItems: { created: 0, completed: 0, overdue: 0, completionRate: null },
});

/**
 * Every month of the range, those without incidents as zero, so gaps show as gaps. Months more
 * than ten years before the latest are left out (a report dated 0000 would otherwise stretch the
 * axis over two thousand years) and returned apart, to be said.
 */
export const everyMonth = (groups: readonly TrendGroup[], range: { from?: string; to?: string } = {}) => {
  if (groups.length === 0) return { months: [] as TrendGroup[], leftOut: [] as TrendGroup[] };
  const latest = Math.max(...groups.map((g) => monthIndex(g.key)), range.to ? monthIndex(range.to) : -Infinity);
  const earliestPlausible = latest - PLAUSIBLE_YEARS * 12 + 1;
  const plausible = groups.filter((g) => monthIndex(g.key) >= earliestPlausible);
  const first = Math.max(earliestPlausible, Math.min(...plausible.map((g) => monthIndex(g.key)), range.from ? monthIndex(range.from) : Infinity));
  const last = Math.min(latest, range.to ? monthIndex(range.to) : latest);
  const byKey = new Map(plausible.map((g) => [g.key, g]));
  const months: TrendGroup[] = [];
  for (let i = first; i <= last; i++) months.push(byKey.get(monthKey(i)) ?? emptyGroup(monthKey(i)));
  return { months, leftOut: groups.filter((g) => monthIndex(g.key) < earliestPlausible) };
};

/**
 * The values drawn, capped at Tukey's far-out fence (third quartile + 3 × the interquartile range)
 * so one extreme incident does not flatten every other month; what was capped is returned to be said.
 */
export const clipOutliers = <Row extends Record<string, string | number | null>>(rows: readonly Row[], keys: readonly (keyof Row & string)[]) => {
  const values = rows.flatMap((r) => keys.map((k): unknown => r[k])).filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
  const quartile = (q: number): number => values[Math.min(values.length - 1, Math.floor(q * (values.length - 1)))];
  const cap = values.length < 4 ? Infinity : quartile(0.75) + 3 * (quartile(0.75) - quartile(0.25));
  const clipped: { row: Row; key: string; value: number }[] = [];
  const drawn = rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([key, value]) => {
        if (!keys.includes(key) || typeof value !== 'number' || value <= cap) return [key, value];
        clipped.push({ row, key, value });
        return [key, cap];
      }),
    ) as Row,
  );
  return { drawn, cap, clipped };
};

const hours = (minutes: number | null) => (minutes === null ? null : Math.round((minutes / 60) * 10) / 10);

export const incidentsBySeverity = (groups: readonly TrendGroup[]) =>
  groups.map((g) => ({ month: g.key, ...Object.fromEntries(SEVERITIES.map((s) => [s, g.bySeverity[s] ?? 0])) }));

export const detectAndResolve = (groups: readonly TrendGroup[]) =>
  groups.map((g) => ({
    month: g.key,
    'MTTD median (h)': hours(g.timeToDetectMinutes.median),
    'MTTR median (h)': hours(g.timeToResolveMinutes.median),
    'MTTR p90 (h)': hours(g.timeToResolveMinutes.p90),
    // How long imported data showed the problem before anyone noticed: what monitoring missed.
    'Signal before detection (h)': hours(g.signalToDetectMinutes.median),
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

/** Time to resolve per service or team: the median and p90 of each, slowest first. */
export const resolveTimes = (groups: readonly TrendGroup[], top = 12) =>
  groups
    .filter((g) => g.timeToResolveMinutes.median !== null)
    .map((g) => ({ key: g.key, 'MTTR median (h)': hours(g.timeToResolveMinutes.median), 'MTTR p90 (h)': hours(g.timeToResolveMinutes.p90), incidents: g.incidents }))
    .sort((a, b) => (b['MTTR median (h)'] ?? 0) - (a['MTTR median (h)'] ?? 0) || a.key.localeCompare(b.key))
    .slice(0, top);

/** From the detection groups: how incidents were noticed, and how long each way took to notice them. */
export const detectionMethods = (groups: readonly TrendGroup[]) =>
  groups
    .map((g) => ({ method: g.key.replace(/_/g, ' '), incidents: g.incidents, 'MTTD median (h)': hours(g.timeToDetectMinutes.median) }))
    .sort((a, b) => b.incidents - a.incidents || a.method.localeCompare(b.method));
