import type { ReportList } from '@hindsight/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, query } from '../../lib/api-client';

export interface ReportFilters {
  q: string;
  status: string;
  severity: string;
  service: string;
  team: string;
  /** Occurred within [from, to) (dates), and team / service as whole names: set by a trend's bar. */
  from: string;
  to: string;
  exact: string;
  sort: string;
  order: string;
  page: number;
}

export const PAGE_SIZE = 25;

export const reportsQuery = ({ page, ...filters }: ReportFilters) =>
  queryOptions({
    queryKey: ['reports', filters, page],
    queryFn: () => api<ReportList>(`/postmortems${query({ ...filters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })}`),
    placeholderData: keepPreviousData,
  });
