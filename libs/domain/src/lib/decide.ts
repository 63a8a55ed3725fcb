import type { CommandOf, PostmortemCommand, PostmortemCommandType } from './commands';
import * as actionItems from './decisions/action-items';
import * as communications from './decisions/communications';
import * as delivery from './decisions/delivery';
import * as causes from './decisions/causes';
import * as evidence from './decisions/evidence';
import * as imports from './decisions/imports';
import * as lessons from './decisions/lessons';
import * as report from './decisions/report';
import * as review from './decisions/review';
import * as timeline from './decisions/timeline';
import { NotFound } from './errors';
import type { PostmortemEvent } from './events';
import { type CommandPolicy, DEFAULT_POLICY } from './policy';
import type { Postmortem, PostmortemState } from './state';

type Decision<T extends PostmortemCommandType> = (command: CommandOf<T>, report: Postmortem, policy: CommandPolicy) => PostmortemEvent[];

/** One decision per command. The compiler refuses a command type without one. */
const decisions: { [T in Exclude<PostmortemCommandType, 'DraftPostmortem'>]: Decision<T> } = {
  ReviseIncidentFacts: report.reviseIncidentFacts,
  WriteExecutiveSummary: report.writeExecutiveSummary,
  AddTimelineEntry: timeline.addTimelineEntry,
  ReviseTimelineEntry: timeline.reviseTimelineEntry,
  RemoveTimelineEntry: timeline.removeTimelineEntry,
  AttachEvidence: evidence.attachEvidence,
  ReviseEvidence: evidence.reviseEvidence,
  RemoveEvidence: evidence.removeEvidence,
  RecordImport: imports.recordImport,
  AcceptSuggestions: imports.acceptSuggestions,
  DismissSuggestions: imports.dismissSuggestions,
  IdentifyCause: causes.identifyCause,
  ReviseCause: causes.reviseCause,
  RetractCause: causes.retractCause,
  ProposeActionItem: actionItems.proposeActionItem,
  ReviseActionItem: actionItems.reviseActionItem,
  AssignActionItem: actionItems.assignActionItem,
  ChangeActionItemStatus: actionItems.changeActionItemStatus,
  CompleteActionItem: actionItems.completeActionItem,
  DeclineActionItem: actionItems.declineActionItem,
  RecordLesson: lessons.recordLesson,
  ReviseLesson: lessons.reviseLesson,
  RemoveLesson: lessons.removeLesson,
  AddStakeholder: communications.addStakeholder,
  ReviseStakeholder: communications.reviseStakeholder,
  RemoveStakeholder: communications.removeStakeholder,
  PlanCommunication: communications.planCommunication,
  ReviseCommunication: communications.reviseCommunication,
  RecordCommunicationSent: communications.recordCommunicationSent,
  CancelCommunication: communications.cancelCommunication,
  ApproveCommunication: communications.approveCommunication,
  RecordMeetingNotes: communications.recordMeetingNotes,
  DispatchCommunication: delivery.dispatchCommunication,
  RecordDelivery: delivery.recordDelivery,
  RecordDeliveryFailure: delivery.recordDeliveryFailure,
  SubmitForReview: review.submitForReview,
  RequestChanges: review.requestChanges,
  ApproveReport: review.approveReport,
  PublishReport: review.publishReport,
  ReopenReport: review.reopenReport,
};

/**
 * Decides what a command means for a report: the events to record, or a thrown
 * DomainRuleViolation / NotFound. Pure: the same command and state always decide the same.
 * An empty result means the command changes nothing (e.g. a revision to the current values).
 */
export const decide = (command: PostmortemCommand, state: PostmortemState, policy: CommandPolicy = DEFAULT_POLICY): PostmortemEvent[] => {
  if (command.type === 'DraftPostmortem') return report.draftPostmortem(command, state, policy);
  if (state === null) throw new NotFound('Report', '(not drafted)');
  const decision = decisions[command.type] as Decision<typeof command.type>;
  return decision(command, state, policy);
};
