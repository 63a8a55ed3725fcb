import { cause, drafted, entry, evidence } from '../../testing/fixtures';
import { given } from '../../testing/specification';

describe('Timeline', () => {
  it('adds an entry', () =>
    given(drafted())
      .when({ type: 'AddTimelineEntry', data: entry() })
      .then({ type: 'TimelineEntryAdded', data: entry() }));

  it('adds an entry that links existing evidence', () =>
    given(drafted(), { type: 'EvidenceAttached', data: evidence() })
      .when({ type: 'AddTimelineEntry', data: entry({ evidenceIds: ['ev-1'] }) })
      .then({ type: 'TimelineEntryAdded', data: entry({ evidenceIds: ['ev-1'] }) }));

  it('refuses a link to evidence that does not exist', () =>
    given(drafted())
      .when({ type: 'AddTimelineEntry', data: entry({ evidenceIds: ['ev-404'] }) })
      .thenRefuses('unknown_link', /ev-404/));

  it('refuses a duplicate entry id', () =>
    given(drafted(), { type: 'TimelineEntryAdded', data: entry() })
      .when({ type: 'AddTimelineEntry', data: entry() })
      .thenRefuses('duplicate_id'));

  it('revises an entry with only what changed', () =>
    given(drafted(), { type: 'TimelineEntryAdded', data: entry() })
      .when({ type: 'ReviseTimelineEntry', data: { entryId: 'tl-1', changes: { kind: 'detection', description: 'Pager fires' } } })
      .then({ type: 'TimelineEntryRevised', data: { entryId: 'tl-1', changes: { description: 'Pager fires' } } }));

  it('records nothing for a revision that changes nothing', () =>
    given(drafted(), { type: 'TimelineEntryAdded', data: entry() })
      .when({ type: 'ReviseTimelineEntry', data: { entryId: 'tl-1', changes: { kind: 'detection' } } })
      .thenNothingHappens());

  it('refuses to revise an entry that does not exist', () =>
    given(drafted())
      .when({ type: 'ReviseTimelineEntry', data: { entryId: 'tl-9', changes: { description: 'x' } } })
      .thenNotFound('Timeline entry'));

  it('refuses a revision that links missing evidence', () =>
    given(drafted(), { type: 'TimelineEntryAdded', data: entry() })
      .when({ type: 'ReviseTimelineEntry', data: { entryId: 'tl-1', changes: { evidenceIds: ['ev-404'] } } })
      .thenRefuses('unknown_link'));

  it('removes an entry', () =>
    given(drafted(), { type: 'TimelineEntryAdded', data: entry() })
      .when({ type: 'RemoveTimelineEntry', data: { entryId: 'tl-1' } })
      .then({ type: 'TimelineEntryRemoved', data: { entryId: 'tl-1' } }));

  it('refuses to remove an entry a cause cites', () =>
    given(drafted(), { type: 'TimelineEntryAdded', data: entry() }, { type: 'CauseIdentified', data: cause({ timelineEntryIds: ['tl-1'] }) })
      .when({ type: 'RemoveTimelineEntry', data: { entryId: 'tl-1' } })
      .thenRefuses('still_referenced', /c-1/));

  it('refuses a removed entry', () =>
    given(drafted(), { type: 'TimelineEntryAdded', data: entry() }, { type: 'TimelineEntryRemoved', data: { entryId: 'tl-1' } })
      .when({ type: 'RemoveTimelineEntry', data: { entryId: 'tl-1' } })
      .thenNotFound('Timeline entry'));
});
