import type { PostmortemDocument, SuggestionView } from '@hindsight/contracts';
import { shownSuggestions } from './use-suggestion-review';

const report = { facts: { occurredAt: '2026-03-14T09:00:00.000Z', detectedAt: '2026-03-14T09:17:00.000Z', resolvedAt: '2026-03-14T11:38:00.000Z' } } as PostmortemDocument;
const suggestion = (key: string, at: string, format: SuggestionView['source']['format'], status: SuggestionView['status'] = 'pending') =>
  ({ key, at, status, source: { format } }) as SuggestionView;

describe('which suggestions the timeline shows', () => {
  const all = [
    suggestion('deploy', '2026-03-14T08:43:00.000Z', 'deploys'),
    suggestion('old-deploy', '2026-03-13T08:00:00.000Z', 'deploys'),
    suggestion('alert', '2026-03-14T09:21:00.000Z', 'alertmanager'),
    suggestion('late', '2026-03-14T12:39:00.000Z', 'alertmanager'),
    suggestion('taken', '2026-03-14T09:30:00.000Z', 'alertmanager', 'accepted'),
  ];

  it('given the incident window, then only pending suggestions from an hour before it occurred to an hour after it ended', () => {
    expect(shownSuggestions(all, report, [], 'incident').map((s) => s.key)).toEqual(['deploy', 'alert']);
  });

  it('given sources chosen, then only theirs; given everything imported, then any time', () => {
    expect(shownSuggestions(all, report, ['deploys'], 'all').map((s) => s.key)).toEqual(['deploy', 'old-deploy']);
  });
});
