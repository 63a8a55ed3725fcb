import type { PostmortemEvent, Suggestion } from '@hindsight/domain';
import { InMemoryEventStore, type NewEvent } from '@hindsight/event-store';
import { ProjectionRunner } from '../projection-runner';
import { reportSuggestions } from '../queries/suggestions';
import { openReadModels } from '../read-model-database';
import { suggestionsProjection } from './suggestions.projection';

const suggestion = (key: string, at: string, format: Suggestion['source']['format'] = 'alertmanager'): Suggestion => ({
  key,
  at,
  kind: 'detection',
  description: `alert ${key}`,
  evidenceKind: 'metric',
  count: 1,
  anomaly: true,
  source: { format, file: 'alerts.jsonl', line: 1, timestamp: at, zone: 'Z' },
});

const importOf = (importId: string, suggestions: Suggestion[]): PostmortemEvent => ({
  type: 'SuggestionsImported',
  data: { importId, format: suggestions[0].source.format, file: { name: 'f', sha256: '0'.repeat(64), bytes: 1 }, records: suggestions.length, unparsed: { count: 0, lines: [] }, outsideWindow: 0, omitted: 0, suggestions },
});

const events: PostmortemEvent[] = [
  { type: 'PostmortemDrafted', data: { postmortemId: 'pm-1', facts: { title: 'Checkout slows down', severity: 'SEV2', services: ['checkout'], team: 'payments', occurredAt: '2026-03-14T09:00:00Z', customerImpact: '', summary: '' } } },
  importOf('im-1', [suggestion('a', '2026-03-14T09:21:00.000Z'), suggestion('b', '2026-03-14T09:24:00.000Z'), suggestion('c', '2026-03-14T10:05:00.000Z')]),
  importOf('im-2', [suggestion('b', '2026-03-14T09:24:00.000Z'), suggestion('d', '2026-03-14T08:43:00.000Z', 'deploys')]),
  { type: 'TimelineEntryAdded', data: { id: 'tl-a', at: '2026-03-14T09:21:00.000Z', kind: 'detection', description: 'alert a', evidenceIds: [], source: { importId: 'im-1', key: 'a' } } },
  { type: 'TimelineEntryAdded', data: { id: 'tl-c', at: '2026-03-14T10:05:00.000Z', kind: 'detection', description: 'alert c', evidenceIds: [], source: { importId: 'im-1', key: 'c' } } },
  { type: 'TimelineEntryRemoved', data: { entryId: 'tl-c' } },
  { type: 'SuggestionsDismissed', data: { suggestions: [{ importId: 'im-1', key: 'b' }] } },
];

const stored = (event: PostmortemEvent, n: number): NewEvent => ({
  id: `event-${n}`,
  type: event.type,
  schemaVersion: 1,
  data: event.data as Record<string, unknown>,
  metadata: { actor: 'alice', timestamp: '2026-03-14T12:00:00Z', correlationId: `c-${n}`, causationId: `c-${n}` },
});

describe('The suggestions read model', () => {
  it.each([1, 3, 10])('given imports, acceptances, a removal and a dismissal in batches of %i, then each suggestion stands where the history left it', async (batchSize) => {
    const store = new InMemoryEventStore();
    const db = openReadModels(':memory:');
    await store.append('postmortem-pm-1', events.map(stored), 'no_stream');
    await new ProjectionRunner(store, db, [suggestionsProjection], { batchSize }).catchUp();

    expect(reportSuggestions(db, 'pm-1').map((s) => [s.key, s.importId, s.status, s.entryId])).toEqual([
      ['d', 'im-2', 'pending', undefined],
      ['a', 'im-1', 'accepted', 'tl-a'],
      ['b', 'im-1', 'dismissed', undefined],
      ['c', 'im-1', 'pending', undefined],
    ]);
    expect(reportSuggestions(db, 'pm-1', { status: 'pending', formats: ['alertmanager'] }).map((s) => s.key)).toEqual(['c']);
    expect(reportSuggestions(db, 'pm-1', { from: '2026-03-14T09:00:00.000Z', to: '2026-03-14T09:30:00.000Z' }).map((s) => s.key)).toEqual(['a', 'b']);
    db.close();
  });
});
