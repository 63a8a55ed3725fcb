import { fold } from '../evolve';
import { firstSignalOf } from '../first-signal';
import type { ImportRecord, Suggestion } from '../imports';
import { drafted, entry } from '../../testing/fixtures';
import { given } from '../../testing/specification';

const suggestion = (key: string, overrides: Partial<Suggestion> = {}): Suggestion => ({
  key,
  at: '2026-03-14T09:00:00.000Z',
  kind: 'observation',
  description: `checkout latency rose (${key})`,
  evidenceKind: 'metric',
  count: 1,
  anomaly: true,
  source: { format: 'prometheus', file: 'latency.json', messageId: 'checkout_p99', timestamp: '1773478800', zone: 'Z' },
  ...overrides,
});

const imported = (overrides: Partial<ImportRecord> = {}): ImportRecord => ({
  importId: 'im-1',
  format: 'prometheus',
  file: { name: 'latency.json', sha256: 'a'.repeat(64), bytes: 1234 },
  records: 4320,
  unparsed: { count: 1, lines: [] },
  outsideWindow: 0,
  omitted: 0,
  firstSignal: 'k1',
  suggestions: [suggestion('k1'), suggestion('k2', { at: '2026-03-14T10:03:00.000Z', anomaly: false })],
  ...overrides,
});

const accepted = (key: string, id = `tl-${key}`) => ({ ...entry({ id, at: '2026-03-14T09:00:00.000Z', kind: 'observation', description: 'Checkout p99 rose' }), source: { importId: 'im-1', key } });

describe('Imported suggestions', () => {
  it('given a report, when an import is recorded, then its suggestions are in the history, not on the timeline', () =>
    given(drafted())
      .when({ type: 'RecordImport', data: imported() })
      .then({ type: 'SuggestionsImported', data: imported() }));

  it('given an import, when the same import id is recorded again, then it is refused', () =>
    given(drafted(), { type: 'SuggestionsImported', data: imported() })
      .when({ type: 'RecordImport', data: imported() })
      .thenRefuses('duplicate_id'));

  it('given an import whose first signal is not among its suggestions, then it is refused', () =>
    given(drafted())
      .when({ type: 'RecordImport', data: imported({ firstSignal: 'k9' }) })
      .thenRefuses('unknown_suggestion'));

  it('given an import naming one record twice, then it is refused', () =>
    given(drafted())
      .when({ type: 'RecordImport', data: imported({ firstSignal: undefined, suggestions: [suggestion('k1'), suggestion('k1')] }) })
      .thenRefuses('duplicate_suggestion'));

  it('given an import, when suggestions are accepted, then each becomes a timeline entry naming its import, in one change', () =>
    given(drafted(), { type: 'SuggestionsImported', data: imported() })
      .when({ type: 'AcceptSuggestions', data: { entries: [accepted('k1'), accepted('k2')] } })
      .then({ type: 'TimelineEntryAdded', data: accepted('k1') }, { type: 'TimelineEntryAdded', data: accepted('k2') }));

  it('given the imported file kept as evidence, when suggestions are accepted with it, then the evidence is attached first and the entries cite it', () => {
    const file = { id: 'ev-file', kind: 'metric' as const, title: 'latency.json', url: '', description: 'Imported', file: { name: 'latency.json', sha256: 'a'.repeat(64), bytes: 1234, mediaType: 'application/json' } };
    const entry = { ...accepted('k1'), evidenceIds: ['ev-file'] };
    given(drafted(), { type: 'SuggestionsImported', data: imported() })
      .when({ type: 'AcceptSuggestions', data: { entries: [entry], evidence: [file] } })
      .then({ type: 'EvidenceAttached', data: file }, { type: 'TimelineEntryAdded', data: entry });
  });

  it('given a suggestion already on the timeline, when it is accepted again (the same record imported twice), then it is refused', () =>
    given(drafted(), { type: 'SuggestionsImported', data: imported() }, { type: 'TimelineEntryAdded', data: accepted('k1') })
      .when({ type: 'AcceptSuggestions', data: { entries: [accepted('k1', 'tl-other')] } })
      .thenRefuses('already_accepted'));

  it('given an unknown import or key, when accepted, then it is not found', () => {
    given(drafted(), { type: 'SuggestionsImported', data: imported() })
      .when({ type: 'AcceptSuggestions', data: { entries: [{ ...accepted('k1'), source: { importId: 'im-9', key: 'k1' } }] } })
      .thenNotFound('Import');
    given(drafted(), { type: 'SuggestionsImported', data: imported() })
      .when({ type: 'AcceptSuggestions', data: { entries: [accepted('k9')] } })
      .thenNotFound('Suggestion');
  });

  it('given a dismissed suggestion, when it is accepted, then it is refused', () =>
    given(drafted(), { type: 'SuggestionsImported', data: imported() }, { type: 'SuggestionsDismissed', data: { suggestions: [{ importId: 'im-1', key: 'k2' }] } })
      .when({ type: 'AcceptSuggestions', data: { entries: [accepted('k1'), accepted('k2')] } })
      .thenRefuses('suggestion_dismissed'));

  it('given suggestions, when some are dismissed twice, then only the new dismissals are recorded', () =>
    given(drafted(), { type: 'SuggestionsImported', data: imported() }, { type: 'SuggestionsDismissed', data: { suggestions: [{ importId: 'im-1', key: 'k2' }] } })
      .when({ type: 'DismissSuggestions', data: { suggestions: [{ importId: 'im-1', key: 'k1' }, { importId: 'im-1', key: 'k2' }] } })
      .then({ type: 'SuggestionsDismissed', data: { suggestions: [{ importId: 'im-1', key: 'k1' }] } }));

  it('given an accepted suggestion, when it is dismissed, then it is refused: the entry is removed instead', () =>
    given(drafted(), { type: 'SuggestionsImported', data: imported() }, { type: 'TimelineEntryAdded', data: accepted('k1') })
      .when({ type: 'DismissSuggestions', data: { suggestions: [{ importId: 'im-1', key: 'k1' }] } })
      .thenRefuses('already_accepted'));

  it('given an approved report, when an import is recorded, then it is refused', () =>
    given(drafted(), { type: 'ReviewRequested', data: {} }, { type: 'ReportApproved', data: {} })
      .when({ type: 'RecordImport', data: imported() })
      .thenRefuses('report_read_only'));
});

describe('The first signal', () => {
  it('given an import whose first anomaly precedes detection, then the report shows it, until it is dismissed', () => {
    const report = fold([drafted({ detectedAt: '2026-03-14T09:17:00Z' }), { type: 'SuggestionsImported', data: imported() }]);
    expect(report && firstSignalOf(report)).toEqual({ at: '2026-03-14T09:00:00.000Z', description: 'checkout latency rose (k1)', importId: 'im-1' });
    const dismissed = fold([drafted(), { type: 'SuggestionsImported', data: imported() }, { type: 'SuggestionsDismissed', data: { suggestions: [{ importId: 'im-1', key: 'k1' }] } }]);
    expect(dismissed && firstSignalOf(dismissed)).toBeUndefined();
  });

  it('given two imports, then the earlier signal is the first', () => {
    const later = imported({ importId: 'im-2', suggestions: [suggestion('k3', { at: '2026-03-14T09:05:00.000Z' })], firstSignal: 'k3' });
    const report = fold([drafted({ detectedAt: '2026-03-14T09:17:00Z' }), { type: 'SuggestionsImported', data: later }, { type: 'SuggestionsImported', data: imported() }]);
    expect(report && firstSignalOf(report)?.importId).toBe('im-1');
  });
});
