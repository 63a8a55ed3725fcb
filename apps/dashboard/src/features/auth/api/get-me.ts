import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface Me {
  subject: string;
  roles: string[];
  teams: string[];
  via: 'token' | 'oidc';
}

export const meQueryOptions = (token: string | null) =>
  queryOptions({
    queryKey: ['me', token],
    queryFn: () => api<Me>('/me'),
    enabled: token !== null,
    retry: false,
  });
