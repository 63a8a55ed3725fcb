import type { ActionItemBoard, PostmortemDocument } from '@hindsight/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** Every query about one report starts with ['report', id], so one invalidation refreshes them all. */
export const reportQuery = (id: string) =>
  queryOptions({ queryKey: ['report', id], queryFn: () => api<PostmortemDocument>(`/postmortems/${encodeURIComponent(id)}`) });

/**
 * The report's action items with their priority band and the factors behind it, as of the
 * report's own position: the read waits until the read models have taken in what the report
 * shows, so a band never lags behind the items it ranks.
 */
export const reportActionItemsQuery = (report: Pick<PostmortemDocument, 'id' | 'position'>) =>
  queryOptions({
    queryKey: ['report', report.id, 'action-items', report.position],
    queryFn: () => api<ActionItemBoard>(`/postmortems/${encodeURIComponent(report.id)}/action-items?minPosition=${encodeURIComponent(report.position)}`),
    placeholderData: keepPreviousData,
  });
