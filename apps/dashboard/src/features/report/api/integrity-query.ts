import type { ReportIntegrity } from '@hindsight/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** The server's last verdict on this report's events, checked against a signed checkpoint in the background. */
export const reportIntegrityQuery = (id: string) =>
  queryOptions({
    queryKey: ['report', id, 'integrity'],
    queryFn: () => api<ReportIntegrity>(`/postmortems/${encodeURIComponent(id)}/integrity`),
    staleTime: 60_000,
  });
