import type { Me } from '@hindsight/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { session } from '../../../lib/session';

export const meQueryOptions = (token: string | null) =>
  queryOptions({
    queryKey: ['me', token],
    queryFn: () => api<Me>('/me'),
    enabled: token !== null,
    retry: false,
    staleTime: Infinity,
  });

/** Who is signed in and what their roles let them do (the server enforces it; the screens follow). */
export const useCaller = () => {
  const me = useQuery(meQueryOptions(session.token())).data;
  const has = (...roles: string[]) => (me?.roles ?? []).some((r) => r === 'admin' || roles.includes(r));
  return { me, canEdit: has('editor'), canReview: has('reviewer'), canAudit: has('auditor', 'reviewer', 'editor', 'analyst') };
};
