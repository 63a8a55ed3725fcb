import type { PostmortemEvent } from '../events';
import { fold } from '../evolve';
import { drafted, item, readyForReview } from '../../testing/fixtures';
import { given } from '../../testing/specification';

const inReview: PostmortemEvent[] = [...readyForReview, { type: 'ReviewRequested', data: {} }];
const approved: PostmortemEvent[] = [...inReview, { type: 'ReportApproved', data: { note: 'Thorough' } }];
const published: PostmortemEvent[] = [...approved, { type: 'PostmortemPublished', data: {} }];

describe('Review workflow', () => {
  it('submits a complete draft for review', () =>
    given(...readyForReview).when({ type: 'SubmitForReview', data: {} }).then({ type: 'ReviewRequested', data: {} }));

  it('refuses to submit a report that lacks resolution, timeline and causes, naming each gap', () =>
    given(drafted())
      .when({ type: 'SubmitForReview', data: {} })
      .thenRefuses('not_ready_for_review', /resolution time, a timeline entry, a cause/));

  it('refuses to submit while an open action item has no owner or due date', () =>
    given(...readyForReview, { type: 'ActionItemProposed', data: item() })
      .when({ type: 'SubmitForReview', data: {} })
      .thenRefuses('not_ready_for_review', /ai-1/));

  it('sends a report in review back for changes', () =>
    given(...inReview)
      .when({ type: 'RequestChanges', data: { reason: 'Timeline misses the rollback' } })
      .then({ type: 'ChangesRequested', data: { reason: 'Timeline misses the rollback' } }));

  it('approves a report in review', () =>
    given(...inReview).when({ type: 'ApproveReport', data: { note: 'Thorough' } }).then({ type: 'ReportApproved', data: { note: 'Thorough' } }));

  it('refuses to approve a draft', () =>
    given(...readyForReview).when({ type: 'ApproveReport', data: {} }).thenRefuses('invalid_transition'));

  it('publishes an approved report with a public summary', () =>
    given(...approved)
      .when({ type: 'PublishReport', data: { publicSummary: 'Checkout was slow for 78 minutes' } })
      .then({ type: 'PostmortemPublished', data: { publicSummary: 'Checkout was slow for 78 minutes' } }));

  it('refuses to publish a report that was not approved', () =>
    given(...inReview).when({ type: 'PublishReport', data: {} }).thenRefuses('invalid_transition'));

  it('refuses to submit a published report again', () =>
    given(...published).when({ type: 'SubmitForReview', data: {} }).thenRefuses('invalid_transition'));

  it('keeps a published report read-only', () =>
    given(...published)
      .when({ type: 'AddTimelineEntry', data: { id: 'tl-9', at: '2026-03-14T09:00:00Z', kind: 'observation', description: 'x', evidenceIds: [] } })
      .thenRefuses('report_read_only'));

  it('reopens a published report with a reason', () =>
    given(...published)
      .when({ type: 'ReopenReport', data: { reason: 'A second cause surfaced' } })
      .then({ type: 'PostmortemReopened', data: { reason: 'A second cause surfaced' } }));

  it('makes a reopened report editable again', () =>
    given(...published, { type: 'PostmortemReopened', data: { reason: 'x' } })
      .when({ type: 'ReviseIncidentFacts', data: { changes: { severity: 'SEV1' } } })
      .then({ type: 'IncidentFactsRevised', data: { changes: { severity: 'SEV1' } } }));

  it('refuses to reopen a report that is not published', () =>
    given(...approved).when({ type: 'ReopenReport', data: { reason: 'x' } }).thenRefuses('invalid_transition'));
});

describe('When a report was published', () => {
  const recorded = (event: PostmortemEvent, timestamp: string): PostmortemEvent => ({ ...event, metadata: { timestamp } });
  const publication = (timestamp: string) => recorded({ type: 'PostmortemPublished', data: {} }, timestamp);
  const review = [{ type: 'ReviewRequested', data: {} }, { type: 'ReportApproved', data: {} }] as PostmortemEvent[];

  it('given its stored events, is the time its first publication was recorded, through a reopening', () => {
    const reopened: PostmortemEvent = { type: 'PostmortemReopened', data: { reason: 'New evidence' } };
    const report = fold([...readyForReview, ...review, publication('2026-03-17T12:40:00Z'), reopened, ...review, publication('2026-04-01T09:00:00Z')]);
    expect(report?.publishedAt).toBe('2026-03-17T12:40:00Z');
  });

  it('given events without their record (as a decision returns them), is unknown', () =>
    expect(fold([...readyForReview, ...review, { type: 'PostmortemPublished', data: {} }])?.publishedAt).toBeUndefined());
});
