import { effectiveChanges, isEmpty } from '../collections';
import type {
  AddStakeholder,
  ApproveCommunication,
  CancelCommunication,
  PlanCommunication,
  RecordCommunicationSent,
  RemoveStakeholder,
  ReviseCommunication,
  RecordMeetingNotes,
  ReviseStakeholder,
} from '../commands';
import { DomainRuleViolation } from '../errors';
import type { CommandPolicy } from '../policy';
import { requireKnownFiling } from '../regimes';
import { requireDeliverable } from './delivery';
import type { PostmortemEvent } from '../events';
import { requireAbsent, requireApprovedIfExternal, requireLinked, requireMeeting, requireNotReferenced, requirePresent } from '../rules';
import type { Communication, Postmortem } from '../state';

/* Telling people about an incident goes on at every stage, publication included. */

export const addStakeholder = ({ data }: AddStakeholder, report: Postmortem, policy: CommandPolicy): PostmortemEvent[] => {
  requireAbsent(report.stakeholders, data.id, 'Stakeholder');
  if (data.webhook) requireDeliverable(policy, 'webhook', data.webhook);
  return [{ type: 'StakeholderAdded', data }];
};

export const reviseStakeholder = ({ data }: ReviseStakeholder, report: Postmortem, policy: CommandPolicy): PostmortemEvent[] => {
  const stakeholder = requirePresent(report.stakeholders, data.stakeholderId, 'Stakeholder');
  const changes = effectiveChanges(stakeholder, data.changes);
  if (changes.webhook) requireDeliverable(policy, 'webhook', changes.webhook);
  return isEmpty(changes) ? [] : [{ type: 'StakeholderRevised', data: { stakeholderId: stakeholder.id, changes } }];
};

export const removeStakeholder = ({ data }: RemoveStakeholder, report: Postmortem): PostmortemEvent[] => {
  const stakeholder = requirePresent(report.stakeholders, data.stakeholderId, 'Stakeholder');
  const addressedIn = report.communications.filter((c) => c.stakeholderIds.includes(stakeholder.id));
  requireNotReferenced(addressedIn, 'Stakeholder', stakeholder.id, 'communications');
  return [{ type: 'StakeholderRemoved', data: { stakeholderId: stakeholder.id } }];
};

export const planCommunication = ({ data }: PlanCommunication, report: Postmortem, policy: CommandPolicy): PostmortemEvent[] => {
  requireAbsent(report.communications, data.id, 'Communication');
  requireKnownFiling(policy, data.filing);
  requireLinked(report.stakeholders, data.stakeholderIds, 'stakeholders');
  return [{ type: 'CommunicationPlanned', data }];
};

export const reviseCommunication = ({ data }: ReviseCommunication, report: Postmortem, policy: CommandPolicy): PostmortemEvent[] => {
  const communication = requirePlanned(report, data.communicationId);
  const changes = effectiveChanges(communication, data.changes);
  if (isEmpty(changes)) return [];
  if (changes.filing) requireKnownFiling(policy, changes.filing);
  requireLinked(report.stakeholders, changes.stakeholderIds ?? [], 'stakeholders');
  return [{ type: 'CommunicationRevised', data: { communicationId: communication.id, changes } }];
};

/** Notes are recorded whenever the meeting has them, held or not yet marked as held; the same notes again record nothing. */
export const recordMeetingNotes = ({ data }: RecordMeetingNotes, report: Postmortem): PostmortemEvent[] => {
  const meeting = requireMeeting(report, data.communicationId);
  const same = meeting.notes?.notes === data.notes && JSON.stringify(meeting.notes.decisions) === JSON.stringify(data.decisions);
  return same ? [] : [{ type: 'MeetingNotesRecorded', data }];
};

/** Approving what is already approved records nothing. */
export const approveCommunication = ({ data }: ApproveCommunication, report: Postmortem): PostmortemEvent[] => {
  const communication = requirePlanned(report, data.communicationId);
  return communication.approved ? [] : [{ type: 'CommunicationApproved', data: { communicationId: communication.id } }];
};

export const recordCommunicationSent = ({ data }: RecordCommunicationSent, report: Postmortem): PostmortemEvent[] => {
  const communication = requirePlanned(report, data.communicationId);
  requireApprovedIfExternal(report, communication);
  return [{ type: 'CommunicationSent', data: { communicationId: communication.id, sentAt: data.sentAt } }];
};

export const cancelCommunication = ({ data }: CancelCommunication, report: Postmortem): PostmortemEvent[] => {
  const communication = requirePlanned(report, data.communicationId);
  return [{ type: 'CommunicationCancelled', data: { communicationId: communication.id, reason: data.reason } }];
};

/** What was said cannot be unsaid: a sent communication is part of the record. */
const requirePlanned = (report: Postmortem, id: string): Communication => {
  const communication = requirePresent(report.communications, id, 'Communication');
  if (communication.status !== 'planned') {
    throw new DomainRuleViolation('communication_sent', `Communication '${id}' is ${communication.status}: what went out is part of the record`);
  }
  return communication;
};
