import type { Directory } from '@hindsight/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, query } from './api-client';

export type DirectoryKind = Directory['items'][number]['kind'];

/** Names a picker offers for what has been typed; a team's names change rarely, so they are kept a while. */
export const directoryQuery = (kind: DirectoryKind, typed: string) =>
  queryOptions({
    queryKey: ['directory', kind, typed],
    queryFn: () => api<Directory>(`/directory${query({ kind, q: typed.trim(), limit: 10 })}`),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
