import { drafted, facts } from '../../testing/fixtures';
import { given } from '../../testing/specification';

describe('Drafting a report', () => {
  it('records the incident facts', () =>
    given()
      .when({ type: 'DraftPostmortem', data: { postmortemId: 'pm-1', facts: facts() } })
      .then(drafted()));

  it('refuses a second draft of the same report', () =>
    given(drafted())
      .when({ type: 'DraftPostmortem', data: { postmortemId: 'pm-1', facts: facts() } })
      .thenRefuses('report_exists'));

  it('refuses detection before the incident occurred', () =>
    given()
      .when({
        type: 'DraftPostmortem',
        data: { postmortemId: 'pm-1', facts: facts({ detectedAt: '2026-03-14T08:00:00Z' }) },
      })
      .thenRefuses('chronology', /detectedAt .* must not be before occurredAt/));

  it('refuses resolution before mitigation', () =>
    given()
      .when({
        type: 'DraftPostmortem',
        data: {
          postmortemId: 'pm-1',
          facts: facts({ mitigatedAt: '2026-03-14T11:00:00Z', resolvedAt: '2026-03-14T10:00:00Z' }),
        },
      })
      .thenRefuses('chronology', /resolvedAt/));

  it('refuses resolution before detection even when mitigation is unknown', () =>
    given()
      .when({
        type: 'DraftPostmortem',
        data: { postmortemId: 'pm-1', facts: facts({ resolvedAt: '2026-03-14T09:05:00Z' }) },
      })
      .thenRefuses('chronology'));

  it('refuses classification before detection', () =>
    given()
      .when({
        type: 'DraftPostmortem',
        data: { postmortemId: 'pm-1', facts: facts({ classifiedAt: '2026-03-14T09:10:00Z' }) },
      })
      .thenRefuses('chronology', /classifiedAt/));

  it('refuses any other command on a report that was never drafted', () =>
    given()
      .when({ type: 'SubmitForReview', data: {} })
      .thenNotFound('Report'));
});

describe('Revising incident facts', () => {
  it('records only the facts that changed', () =>
    given(drafted())
      .when({ type: 'ReviseIncidentFacts', data: { changes: { severity: 'SEV1', team: 'payments' } } })
      .then({ type: 'IncidentFactsRevised', data: { changes: { severity: 'SEV1' } } }));

  it('records nothing when nothing changed', () =>
    given(drafted())
      .when({ type: 'ReviseIncidentFacts', data: { changes: { team: 'payments' } } })
      .thenNothingHappens());

  it('clears an optional time with null', () =>
    given(drafted())
      .when({ type: 'ReviseIncidentFacts', data: { changes: { detectedAt: null } } })
      .then({ type: 'IncidentFactsRevised', data: { changes: { detectedAt: null } } }));

  it('checks the chronology of the revised facts as a whole', () =>
    given(drafted({ resolvedAt: '2026-03-14T10:00:00Z' }))
      .when({ type: 'ReviseIncidentFacts', data: { changes: { detectedAt: '2026-03-14T11:00:00Z' } } })
      .thenRefuses('chronology'));

  it('refuses edits to an approved report', () =>
    given(drafted(), { type: 'ReviewRequested', data: {} }, { type: 'ReportApproved', data: {} })
      .when({ type: 'ReviseIncidentFacts', data: { changes: { severity: 'SEV1' } } })
      .thenRefuses('report_read_only'));
});

describe('Writing the executive summary', () => {
  const text = 'Checkout was slow for an hour: a release shipped an unindexed query. **Load tests** now gate releases.';

  it('records the summary', () =>
    given(drafted())
      .when({ type: 'WriteExecutiveSummary', data: { text } })
      .then({ type: 'ExecutiveSummaryWritten', data: { text } }));

  it('records nothing when the text is the one it already has', () =>
    given(drafted(), { type: 'ExecutiveSummaryWritten', data: { text } })
      .when({ type: 'WriteExecutiveSummary', data: { text } })
      .thenNothingHappens());

  it('refuses it once the report is approved', () =>
    given(drafted(), { type: 'ReviewRequested', data: {} }, { type: 'ReportApproved', data: {} })
      .when({ type: 'WriteExecutiveSummary', data: { text } })
      .thenRefuses('report_read_only'));
});
