import type { EntrySource, ImportRecord } from './imports';
import type {
  ActionItemChanges,
  CauseChanges,
  CommunicationChanges,
  CommunicationDelivered,
  CommunicationFailed,
  MeetingNotesRecorded,
  EvidenceChanges,
  FactsChanges,
  LessonChanges,
  StakeholderChanges,
  TimelineEntryChanges,
} from './events';
import type {
  ActionItem,
  Cause,
  Communication,
  Evidence,
  IncidentFacts,
  Lesson,
  Owner,
  PriorityInputs,
  Stakeholder,
  TimelineEntry,
} from './state';

type Command<Type extends string, Data> = { type: Type; data: Data };

export type DraftPostmortem = Command<'DraftPostmortem', { postmortemId: string; facts: IncidentFacts }>;
export type ReviseIncidentFacts = Command<'ReviseIncidentFacts', { changes: FactsChanges }>;
export type WriteExecutiveSummary = Command<'WriteExecutiveSummary', { text: string }>;

export type AddTimelineEntry = Command<'AddTimelineEntry', TimelineEntry>;
export type ReviseTimelineEntry = Command<'ReviseTimelineEntry', { entryId: string; changes: TimelineEntryChanges }>;
export type RemoveTimelineEntry = Command<'RemoveTimelineEntry', { entryId: string }>;

export type AttachEvidence = Command<'AttachEvidence', Evidence>;
export type RecordImport = Command<'RecordImport', ImportRecord>;
/** Accepting suggestions adds them to the timeline, each entry naming its source; all or none. */
export type AcceptSuggestions = Command<'AcceptSuggestions', { entries: Array<TimelineEntry & { source: EntrySource }>; evidence?: Evidence[] }>;
export type DismissSuggestions = Command<'DismissSuggestions', { suggestions: EntrySource[] }>;
export type ReviseEvidence = Command<'ReviseEvidence', { evidenceId: string; changes: EvidenceChanges }>;
export type RemoveEvidence = Command<'RemoveEvidence', { evidenceId: string }>;

export type IdentifyCause = Command<'IdentifyCause', Cause>;
export type ReviseCause = Command<'ReviseCause', { causeId: string; changes: CauseChanges }>;
export type RetractCause = Command<'RetractCause', { causeId: string; reason: string }>;

export type ProposeActionItem = Command<
  'ProposeActionItem',
  Omit<ActionItem, 'status' | 'verificationNote' | 'wontDoReason' | 'priority'> & {
    /** Severity defaults to the incident's. */
    priority: Omit<PriorityInputs, 'severity'> & Partial<Pick<PriorityInputs, 'severity'>>;
  }
>;
export type ReviseActionItem = Command<'ReviseActionItem', { actionItemId: string; changes: ActionItemChanges }>;
export type AssignActionItem = Command<'AssignActionItem', { actionItemId: string; owner: Owner; meetingId?: string }>;
export type ChangeActionItemStatus = Command<
  'ChangeActionItemStatus',
  { actionItemId: string; status: 'open' | 'in_progress' }
>;
export type CompleteActionItem = Command<'CompleteActionItem', { actionItemId: string; verificationNote: string }>;
export type DeclineActionItem = Command<'DeclineActionItem', { actionItemId: string; reason: string }>;

export type RecordLesson = Command<'RecordLesson', Lesson>;
export type ReviseLesson = Command<'ReviseLesson', { lessonId: string; changes: LessonChanges }>;
export type RemoveLesson = Command<'RemoveLesson', { lessonId: string }>;

export type AddStakeholder = Command<'AddStakeholder', Stakeholder>;
export type ReviseStakeholder = Command<'ReviseStakeholder', { stakeholderId: string; changes: StakeholderChanges }>;
export type RemoveStakeholder = Command<'RemoveStakeholder', { stakeholderId: string }>;

export type PlanCommunication = Command<'PlanCommunication', Omit<Communication, 'status' | 'sentAt' | 'message' | 'deliveries' | 'approved'>>;
export type ReviseCommunication = Command<
  'ReviseCommunication',
  { communicationId: string; changes: CommunicationChanges }
>;
export type RecordCommunicationSent = Command<'RecordCommunicationSent', { communicationId: string; sentAt: string }>;
export type CancelCommunication = Command<'CancelCommunication', { communicationId: string; reason: string }>;
export type RecordMeetingNotes = Command<'RecordMeetingNotes', MeetingNotesRecorded['data']>;
export type ApproveCommunication = Command<'ApproveCommunication', { communicationId: string }>;
/** The subject defaults to the incident's title, the body to the communication's summary. */
export type DispatchCommunication = Command<'DispatchCommunication', { communicationId: string; subject?: string; body?: string }>;
export type RecordDelivery = Command<'RecordDelivery', CommunicationDelivered['data']>;
export type RecordDeliveryFailure = Command<'RecordDeliveryFailure', CommunicationFailed['data']>;

export type SubmitForReview = Command<'SubmitForReview', Record<string, never>>;
export type RequestChanges = Command<'RequestChanges', { reason: string }>;
export type ApproveReport = Command<'ApproveReport', { note?: string }>;
export type PublishReport = Command<'PublishReport', { publicSummary?: string }>;
export type ReopenReport = Command<'ReopenReport', { reason: string }>;

export type PostmortemCommand =
  | DraftPostmortem
  | ReviseIncidentFacts
  | WriteExecutiveSummary
  | AddTimelineEntry
  | ReviseTimelineEntry
  | RemoveTimelineEntry
  | AttachEvidence
  | RecordImport
  | AcceptSuggestions
  | DismissSuggestions
  | ReviseEvidence
  | RemoveEvidence
  | IdentifyCause
  | ReviseCause
  | RetractCause
  | ProposeActionItem
  | ReviseActionItem
  | AssignActionItem
  | ChangeActionItemStatus
  | CompleteActionItem
  | DeclineActionItem
  | RecordLesson
  | ReviseLesson
  | RemoveLesson
  | AddStakeholder
  | ReviseStakeholder
  | RemoveStakeholder
  | PlanCommunication
  | ReviseCommunication
  | RecordCommunicationSent
  | CancelCommunication
  | ApproveCommunication
  | RecordMeetingNotes
  | DispatchCommunication
  | RecordDelivery
  | RecordDeliveryFailure
  | SubmitForReview
  | RequestChanges
  | ApproveReport
  | PublishReport
  | ReopenReport;

export type PostmortemCommandType = PostmortemCommand['type'];
export type CommandOf<T extends PostmortemCommandType> = Extract<PostmortemCommand, { type: T }>;
