import { applyChanges, effectiveChanges, isEmpty } from '../collections';
import type {
  AssignActionItem,
  ChangeActionItemStatus,
  CompleteActionItem,
  DeclineActionItem,
  ProposeActionItem,
  ReviseActionItem,
} from '../commands';
import { DomainRuleViolation } from '../errors';
import type { PostmortemEvent } from '../events';
import { requireAbsent, requireEditable, requireLinked, requireMeeting, requireOwnedAndScheduled, requirePresent } from '../rules';
import type { ActionItem, Postmortem } from '../state';

/*
 * Proposing and revising an item is analysis, frozen once the report is approved.
 * Assigning, progressing and closing it is follow-through, which goes on after publication.
 */

export const proposeActionItem = ({ data }: ProposeActionItem, report: Postmortem): PostmortemEvent[] => {
  requireEditable(report);
  requireAbsent(report.actionItems, data.id, 'Action item');
  requireLinked(report.causes, data.causeIds, 'causes');
  const priority = { severity: data.priority.severity ?? report.facts.severity, ...data.priority };
  return [{ type: 'ActionItemProposed', data: { ...data, priority } }];
};

export const reviseActionItem = ({ data }: ReviseActionItem, report: Postmortem): PostmortemEvent[] => {
  requireEditable(report);
  const item = requirePresent(report.actionItems, data.actionItemId, 'Action item');
  const changes = effectiveChanges(item, data.changes);
  if (isEmpty(changes)) return [];
  requireLinked(report.causes, changes.causeIds ?? [], 'causes');
  const revised = applyChanges(item, changes);
  if (revised.status === 'in_progress') requireOwnedAndScheduled(revised, 'it can stay in progress');
  return [{ type: 'ActionItemRevised', data: { actionItemId: item.id, changes } }];
};

export const assignActionItem = ({ data }: AssignActionItem, report: Postmortem): PostmortemEvent[] => {
  const item = requireOpenItem(report, data.actionItemId);
  if (data.meetingId) requireMeeting(report, data.meetingId);
  if (item.owner?.kind === data.owner.kind && item.owner.name === data.owner.name && item.assignedInMeeting === data.meetingId) return [];
  return [{ type: 'ActionItemAssigned', data: { actionItemId: item.id, owner: data.owner, ...(data.meetingId ? { meetingId: data.meetingId } : {}) } }];
};

export const changeActionItemStatus = ({ data }: ChangeActionItemStatus, report: Postmortem): PostmortemEvent[] => {
  const item = requirePresent(report.actionItems, data.actionItemId, 'Action item');
  if (item.status === data.status) return [];
  if (data.status === 'in_progress') requireOwnedAndScheduled(item, 'work can start');
  return [{ type: 'ActionItemStatusChanged', data: { actionItemId: item.id, from: item.status, to: data.status } }];
};

export const completeActionItem = ({ data }: CompleteActionItem, report: Postmortem): PostmortemEvent[] => {
  const item = requireOpenItem(report, data.actionItemId);
  requireOwnedAndScheduled(item, 'it can be completed');
  return [{ type: 'ActionItemCompleted', data: { actionItemId: item.id, verificationNote: data.verificationNote } }];
};

export const declineActionItem = ({ data }: DeclineActionItem, report: Postmortem): PostmortemEvent[] => {
  const item = requireOpenItem(report, data.actionItemId);
  return [{ type: 'ActionItemDeclined', data: { actionItemId: item.id, reason: data.reason } }];
};

/** A closed item (done or won't do) must be reopened before anything else happens to it. */
const requireOpenItem = (report: Postmortem, id: string): ActionItem => {
  const item = requirePresent(report.actionItems, id, 'Action item');
  if (item.status === 'done' || item.status === 'wont_do') {
    throw new DomainRuleViolation(
      'action_item_closed',
      `Action item '${id}' is ${item.status === 'done' ? 'done' : "marked won't do"}; reopen it first`,
    );
  }
  return item;
};
