import type { Deadlines, PostmortemDocument, Regimes } from '@hindsight/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** The regimes the server has rules for; they change only when it is reconfigured. */
export const useRegimes = () => useQuery({ queryKey: ['regimes'], queryFn: () => api<Regimes>('/regimes'), staleTime: Infinity }).data?.regimes;

/** The report's regulatory deadlines, as of the report's own position. */
export const reportDeadlinesQuery = (report: Pick<PostmortemDocument, 'id' | 'position'>) =>
  queryOptions({
    queryKey: ['report', report.id, 'deadlines', report.position],
    queryFn: () => api<Deadlines>(`/postmortems/${encodeURIComponent(report.id)}/deadlines?minPosition=${encodeURIComponent(report.position)}`),
    placeholderData: keepPreviousData,
  });
