import type { ImportAccepted, PostmortemDocument, SuggestionsView } from '@hindsight/contracts';
import type { ImportFormat } from '@hindsight/domain';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, query, upload } from '../../../lib/api-client';

/** The report's imported suggestions as of the report's own position, so what was just accepted is not offered again. */
export const suggestionsQuery = (report: Pick<PostmortemDocument, 'id' | 'position'>) =>
  queryOptions({
    queryKey: ['report', report.id, 'suggestions', report.position],
    queryFn: () => api<SuggestionsView>(`/postmortems/${encodeURIComponent(report.id)}/suggestions${query({ minPosition: report.position })}`),
    placeholderData: keepPreviousData,
  });

export const importFile = (reportId: string, file: File, options: { format?: ImportFormat; zone: string }): Promise<ImportAccepted> =>
  upload<ImportAccepted>(`/postmortems/${encodeURIComponent(reportId)}/imports${query({ file: file.name, format: options.format, zone: options.zone })}`, file);
