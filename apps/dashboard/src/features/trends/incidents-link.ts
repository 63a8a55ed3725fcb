import { monthIndex, monthKey } from './trends-data';

export interface TrendFilters {
  from: string;
  to: string;
  service: string;
  team: string;
  severity: string;
}

/** The later of two `YYYY-MM-DD` days, either possibly unset. */
const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (!a ? b : !b ? a : a < b ? a : b);

/**
 * The report list showing exactly the incidents behind one bar or point: the trends' filters,
 * narrowed to the month, service or team clicked (team and service matched as whole names).
 */
export const incidentsLink = (filters: TrendFilters, groupBy: 'month' | 'service' | 'team', key: string): string => {
  const narrowed = { ...filters };
  if (groupBy === 'month') {
    narrowed.from = later(filters.from, `${key}-01`);
    narrowed.to = earlier(filters.to, `${monthKey(monthIndex(key) + 1)}-01`);
  } else narrowed[groupBy] = key;
  const exact = narrowed.service || narrowed.team ? { exact: 'true' } : {};
  const params = Object.entries({ ...narrowed, ...exact }).filter(([, value]) => value !== '');
  return `/?${new URLSearchParams(params).toString()}`;
};
