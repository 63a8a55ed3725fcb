import type { ActionItemBoard, PostmortemDocument } from '@hindsight/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** Every query about one report starts with ['report', id], so one invalidation refreshes them all. */
export const reportQuery = (id: string) =>
  queryOptions({ queryKey: ['report', id], queryFn: () => api<PostmortemDocument>(`/postmortems/${encodeURIComponent(id)}`) });

/** The report's action items with their priority band and the factors behind it. */
export const reportActionItemsQuery = (id: string) =>
  queryOptions({ queryKey: ['report', id, 'action-items'], queryFn: () => api<ActionItemBoard>(`/postmortems/${encodeURIComponent(id)}/action-items`) });
