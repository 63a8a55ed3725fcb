import { cause, drafted, entry, evidence } from '../../testing/fixtures';
import { given } from '../../testing/specification';

describe('Evidence', () => {
  it('attaches a link', () =>
    given(drafted())
      .when({ type: 'AttachEvidence', data: evidence() })
      .then({ type: 'EvidenceAttached', data: evidence() }));

  it('refuses a duplicate id', () =>
    given(drafted(), { type: 'EvidenceAttached', data: evidence() })
      .when({ type: 'AttachEvidence', data: evidence() })
      .thenRefuses('duplicate_id'));

  it('revises a link', () =>
    given(drafted(), { type: 'EvidenceAttached', data: evidence() })
      .when({ type: 'ReviseEvidence', data: { evidenceId: 'ev-1', changes: { title: 'Checkout p95' } } })
      .then({ type: 'EvidenceRevised', data: { evidenceId: 'ev-1', changes: { title: 'Checkout p95' } } }));

  it('refuses to revise missing evidence', () =>
    given(drafted())
      .when({ type: 'ReviseEvidence', data: { evidenceId: 'ev-1', changes: { title: 'x' } } })
      .thenNotFound('Evidence'));

  it('removes unused evidence', () =>
    given(drafted(), { type: 'EvidenceAttached', data: evidence() })
      .when({ type: 'RemoveEvidence', data: { evidenceId: 'ev-1' } })
      .then({ type: 'EvidenceRemoved', data: { evidenceId: 'ev-1' } }));

  it('refuses to remove evidence a cause cites', () =>
    given(drafted(), { type: 'EvidenceAttached', data: evidence() }, { type: 'CauseIdentified', data: cause({ evidenceIds: ['ev-1'] }) })
      .when({ type: 'RemoveEvidence', data: { evidenceId: 'ev-1' } })
      .thenRefuses('still_referenced'));

  it('refuses to remove evidence a timeline entry cites', () =>
    given(drafted(), { type: 'EvidenceAttached', data: evidence() }, { type: 'TimelineEntryAdded', data: entry({ evidenceIds: ['ev-1'] }) })
      .when({ type: 'RemoveEvidence', data: { evidenceId: 'ev-1' } })
      .thenRefuses('still_referenced', /tl-1/));

  it('attaches a file kept in the evidence locker, without a link', () => {
    const file = { name: 'slow-queries.log', sha256: 'a'.repeat(64), bytes: 2048, mediaType: 'text/plain' };
    given(drafted())
      .when({ type: 'AttachEvidence', data: evidence({ url: '', file }) })
      .then({ type: 'EvidenceAttached', data: evidence({ url: '', file }) });
  });

  it('refuses evidence with neither a link nor a file', () =>
    given(drafted())
      .when({ type: 'AttachEvidence', data: evidence({ url: ' ' }) })
      .thenRefuses('evidence_source'));
});
