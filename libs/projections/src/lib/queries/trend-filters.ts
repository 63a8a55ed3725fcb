import type { Severity } from '@hindsight/domain';

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
  /** What to group by; an incident of two services counts in both. */
  groupBy: TrendGroup;
}

/** What the filters keep of an incident. */
interface Filtered {
  occurredAt: string;
  team: string;
  severity: Severity;
  services: readonly string[];
}

/** A filter left empty does not filter. */
const given = <T>(value: T | undefined | ''): value is T => value !== undefined && value !== '';

export const keptBy = (f: TrendFilters) => (i: Filtered): boolean =>
  (!given(f.from) || i.occurredAt >= f.from) &&
  (!given(f.to) || i.occurredAt < f.to) &&
  (!given(f.team) || i.team === f.team) &&
  (!given(f.severity) || i.severity === f.severity) &&
  (f.teams === undefined || f.teams.includes(i.team)) &&
  (!given(f.service) || i.services.includes(f.service));

