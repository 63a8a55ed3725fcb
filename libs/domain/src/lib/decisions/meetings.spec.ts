import type { PostmortemEvent } from '../events';
import { cause, communication, drafted, item, stakeholder } from '../../testing/fixtures';
import { given } from '../../testing/specification';

const owner = { kind: 'person' as const, name: 'carol@shop.example' };
const withMeeting: PostmortemEvent[] = [
  drafted(),
  { type: 'StakeholderAdded', data: stakeholder() },
  { type: 'CommunicationPlanned', data: communication({ plannedFor: '2026-03-16T14:00:00Z' }) },
  { type: 'CauseIdentified', data: cause() },
  { type: 'ActionItemProposed', data: item() },
];

describe('The review meeting', () => {
  it('records its notes and decisions, and the same notes again record nothing', () => {
    const notes = { communicationId: 'cm-1', notes: 'Support will watch checkout latency during the next sale', decisions: ['Canary releases before every sale', 'Carol owns the runbook training'] };
    given(...withMeeting).when({ type: 'RecordMeetingNotes', data: notes }).then({ type: 'MeetingNotesRecorded', data: notes });
    given(...withMeeting, { type: 'MeetingNotesRecorded', data: notes }).when({ type: 'RecordMeetingNotes', data: notes }).thenNothingHappens();
  });

  it('records an action item assigned in it as an ordinary assignment that names the meeting', () =>
    given(...withMeeting)
      .when({ type: 'AssignActionItem', data: { actionItemId: 'ai-1', owner, meetingId: 'cm-1' } })
      .then({ type: 'ActionItemAssigned', data: { actionItemId: 'ai-1', owner, meetingId: 'cm-1' } }));

  it('refuses notes for, or an assignment in, what is not a meeting', () => {
    const email: PostmortemEvent = { type: 'CommunicationPlanned', data: communication({ id: 'cm-2', channel: 'email' }) };
    given(...withMeeting, email).when({ type: 'RecordMeetingNotes', data: { communicationId: 'cm-2', notes: 'x', decisions: [] } }).thenRefuses('not_a_meeting');
    given(...withMeeting, email).when({ type: 'AssignActionItem', data: { actionItemId: 'ai-1', owner, meetingId: 'cm-2' } }).thenRefuses('not_a_meeting');
  });
});
