import { cause, drafted, entry, evidence, item } from '../../testing/fixtures';
import { given } from '../../testing/specification';

describe('Causes', () => {
  it('identifies a cause linked to evidence and timeline entries', () =>
    given(drafted(), { type: 'EvidenceAttached', data: evidence() }, { type: 'TimelineEntryAdded', data: entry() })
      .when({ type: 'IdentifyCause', data: cause({ evidenceIds: ['ev-1'], timelineEntryIds: ['tl-1'] }) })
      .then({ type: 'CauseIdentified', data: cause({ evidenceIds: ['ev-1'], timelineEntryIds: ['tl-1'] }) }));

  it('refuses a cause linked to evidence that does not exist', () =>
    given(drafted())
      .when({ type: 'IdentifyCause', data: cause({ evidenceIds: ['ev-404'] }) })
      .thenRefuses('unknown_link', /evidence/));

  it('refuses a cause linked to a timeline entry that does not exist', () =>
    given(drafted())
      .when({ type: 'IdentifyCause', data: cause({ timelineEntryIds: ['tl-404'] }) })
      .thenRefuses('unknown_link', /timeline/));

  it('refuses a category from another level', () =>
    given(drafted())
      .when({ type: 'IdentifyCause', data: cause({ level: 'systemic_issue', category: 'software_bug' }) })
      .thenRefuses('category_level_mismatch'));

  it('refuses a duplicate id', () =>
    given(drafted(), { type: 'CauseIdentified', data: cause() })
      .when({ type: 'IdentifyCause', data: cause() })
      .thenRefuses('duplicate_id'));

  it('revises a cause to another level with a matching category', () =>
    given(drafted(), { type: 'CauseIdentified', data: cause() })
      .when({ type: 'ReviseCause', data: { causeId: 'c-1', changes: { level: 'contributing_cause', category: 'missing_monitoring' } } })
      .then({ type: 'CauseRevised', data: { causeId: 'c-1', changes: { level: 'contributing_cause', category: 'missing_monitoring' } } }));

  it('refuses a revision that leaves the category on the wrong level', () =>
    given(drafted(), { type: 'CauseIdentified', data: cause() })
      .when({ type: 'ReviseCause', data: { causeId: 'c-1', changes: { level: 'systemic_issue' } } })
      .thenRefuses('category_level_mismatch'));

  it('refuses to revise a cause that does not exist', () =>
    given(drafted())
      .when({ type: 'ReviseCause', data: { causeId: 'c-1', changes: { description: 'x' } } })
      .thenNotFound('Cause'));

  it('retracts a cause with the reason', () =>
    given(drafted(), { type: 'CauseIdentified', data: cause() })
      .when({ type: 'RetractCause', data: { causeId: 'c-1', reason: 'Ruled out by the load test' } })
      .then({ type: 'CauseRetracted', data: { causeId: 'c-1', reason: 'Ruled out by the load test' } }));

  it('refuses to retract a cause an action item addresses', () =>
    given(drafted(), { type: 'CauseIdentified', data: cause() }, { type: 'ActionItemProposed', data: item({ causeIds: ['c-1'] }) })
      .when({ type: 'RetractCause', data: { causeId: 'c-1', reason: 'x' } })
      .thenRefuses('still_referenced', /ai-1/));
});
