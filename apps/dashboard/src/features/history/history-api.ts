import type { ChainCheck, PostmortemDocument, ReportHistoryPage, RevisionDiff } from '@hindsight/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client';

const base = (id: string) => `/postmortems/${encodeURIComponent(id)}`;

// Under ['report', id]: a live change to the report refreshes its history and verification too.
export const historyQuery = (id: string) =>
  queryOptions({ queryKey: ['report', id, 'history'], queryFn: () => api<ReportHistoryPage>(`${base(id)}/history?limit=1000`) });

export const verifyQuery = (id: string) => queryOptions({ queryKey: ['report', id, 'verify'], queryFn: () => api<ChainCheck>(`${base(id)}/verify`) });

/** A past revision never changes: cached for good. */
export const revisionQuery = (id: string, revision: number) =>
  queryOptions({
    queryKey: ['revision', id, revision],
    queryFn: () => api<PostmortemDocument>(`${base(id)}?asOf=${revision}`),
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });

export const diffQuery = (id: string, from: number, to: number) =>
  queryOptions({ queryKey: ['diff', id, from, to], queryFn: () => api<RevisionDiff>(`${base(id)}/diff?from=${from}&to=${to}`), staleTime: Infinity, placeholderData: keepPreviousData });
