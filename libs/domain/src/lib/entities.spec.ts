import { conflictingEvents, entitiesTouched } from './entities';
import type { PostmortemEvent } from './events';
import { entry } from '../testing/fixtures';

const revisedEntry = (entryId: string): PostmortemEvent => ({
  type: 'TimelineEntryRevised',
  data: { entryId, changes: { description: 'x' } },
});

describe('Conflicts between editors', () => {
  it('given another editor revised entry A, when I revise entry B, then there is no conflict', () =>
    expect(
      conflictingEvents({ type: 'ReviseTimelineEntry', data: { entryId: 'B', changes: { description: 'y' } } }, [
        revisedEntry('A'),
      ]),
    ).toEqual([]));

  it('given another editor revised entry A, when I remove entry A, then their revision conflicts', () =>
    expect(conflictingEvents({ type: 'RemoveTimelineEntry', data: { entryId: 'A' } }, [revisedEntry('A')])).toEqual([
      revisedEntry('A'),
    ]));

  it('given another editor changed the severity, when I change the title, then there is no conflict', () =>
    expect(
      conflictingEvents({ type: 'ReviseIncidentFacts', data: { changes: { title: 'New' } } }, [
        { type: 'IncidentFactsRevised', data: { changes: { severity: 'SEV1' } } },
      ]),
    ).toEqual([]));

  it('given another editor changed the severity, when I change it too, then theirs conflicts', () =>
    expect(
      conflictingEvents({ type: 'ReviseIncidentFacts', data: { changes: { severity: 'SEV3' } } }, [
        { type: 'IncidentFactsRevised', data: { changes: { severity: 'SEV1' } } },
      ]),
    ).toHaveLength(1));

  it('given another editor submitted the report, when I approve it, then the review state conflicts', () =>
    expect(
      conflictingEvents({ type: 'ApproveReport', data: {} }, [{ type: 'ReviewRequested', data: {} }]),
    ).toHaveLength(1));

  it('names the entity a creating message carries', () =>
    expect(entitiesTouched({ type: 'TimelineEntryAdded', data: entry({ id: 'X' }) })).toEqual(['timeline/X']));

  it('names the entity every kind of entity message targets', () =>
    expect(
      [
        { type: 'RetractCause', data: { causeId: 'c', reason: 'r' } },
        { type: 'AssignActionItem', data: { actionItemId: 'i', owner: { kind: 'team', name: 't' } } },
        { type: 'RemoveEvidence', data: { evidenceId: 'e' } },
        { type: 'RemoveLesson', data: { lessonId: 'l' } },
        { type: 'RemoveStakeholder', data: { stakeholderId: 's' } },
        { type: 'CancelCommunication', data: { communicationId: 'm', reason: 'r' } },
      ].map(entitiesTouched),
    ).toEqual([['cause/c'], ['action-item/i'], ['evidence/e'], ['lesson/l'], ['stakeholder/s'], ['communication/m']]));
});
