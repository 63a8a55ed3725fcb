import type { EntrySource, ImportRecord } from './imports';
import type {
  ActionItem,
  Cause,
  Communication,
  Delivery,
  Evidence,
  IncidentFacts,
  Lesson,
  Owner,
  OutgoingMessage,
  Stakeholder,
  TimelineEntry,
} from './state';

/** Fields of an entity that a revision may change; `null` clears an optional field. */
export type Changes<T> = { [K in keyof T]?: undefined extends T[K] ? Exclude<T[K], undefined> | null : T[K] };

/**
 * An event as a decision returns it (type and data), or as it was stored, which also says
 * when (`metadata.timestamp`, the shape the event store records it in). Folding a stored
 * event may use its time: a report's first publication is when that event was recorded.
 */
type Event<Type extends string, Data> = { type: Type; data: Data; metadata?: { timestamp: string } };

export type FactsChanges = Changes<IncidentFacts>;
export type TimelineEntryChanges = Changes<Omit<TimelineEntry, 'id'>>;
export type EvidenceChanges = Changes<Omit<Evidence, 'id'>>;
export type CauseChanges = Changes<Omit<Cause, 'id' | 'level'>> & { level?: Cause['level'] };
export type ActionItemChanges = Changes<
  Pick<ActionItem, 'title' | 'description' | 'successCriteria' | 'type' | 'dueDate' | 'causeIds' | 'priority'>
>;
export type LessonChanges = Changes<Omit<Lesson, 'id'>>;
export type StakeholderChanges = Changes<Omit<Stakeholder, 'id'>>;
export type CommunicationChanges = Changes<Pick<Communication, 'stakeholderIds' | 'channel' | 'summary' | 'plannedFor' | 'filing' | 'meeting'>>;

export type PostmortemDrafted = Event<'PostmortemDrafted', { postmortemId: string; facts: IncidentFacts }>;
export type IncidentFactsRevised = Event<'IncidentFactsRevised', { changes: FactsChanges }>;
/** A new event type, not a new shape of an old one: reports written before it simply have no summary. */
export type ExecutiveSummaryWritten = Event<'ExecutiveSummaryWritten', { text: string }>;

export type TimelineEntryAdded = Event<'TimelineEntryAdded', TimelineEntry>;
export type TimelineEntryRevised = Event<'TimelineEntryRevised', { entryId: string; changes: TimelineEntryChanges }>;
export type TimelineEntryRemoved = Event<'TimelineEntryRemoved', { entryId: string }>;

export type EvidenceAttached = Event<'EvidenceAttached', Evidence>;
export type SuggestionsImported = Event<'SuggestionsImported', ImportRecord>;
export type SuggestionsDismissed = Event<'SuggestionsDismissed', { suggestions: EntrySource[] }>;
export type EvidenceRevised = Event<'EvidenceRevised', { evidenceId: string; changes: EvidenceChanges }>;
export type EvidenceRemoved = Event<'EvidenceRemoved', { evidenceId: string }>;

export type CauseIdentified = Event<'CauseIdentified', Cause>;
export type CauseRevised = Event<'CauseRevised', { causeId: string; changes: CauseChanges }>;
export type CauseRetracted = Event<'CauseRetracted', { causeId: string; reason: string }>;

export type ActionItemProposed = Event<'ActionItemProposed', Omit<ActionItem, 'status' | 'verificationNote' | 'wontDoReason'>>;
export type ActionItemRevised = Event<'ActionItemRevised', { actionItemId: string; changes: ActionItemChanges }>;
/** `meetingId`: the review meeting (a communication) in which it was assigned. */
export type ActionItemAssigned = Event<'ActionItemAssigned', { actionItemId: string; owner: Owner; meetingId?: string }>;
export type ActionItemStatusChanged = Event<
  'ActionItemStatusChanged',
  { actionItemId: string; from: ActionItem['status']; to: 'open' | 'in_progress' }
>;
export type ActionItemCompleted = Event<'ActionItemCompleted', { actionItemId: string; verificationNote: string }>;
export type ActionItemDeclined = Event<'ActionItemDeclined', { actionItemId: string; reason: string }>;

export type LessonRecorded = Event<'LessonRecorded', Lesson>;
export type LessonRevised = Event<'LessonRevised', { lessonId: string; changes: LessonChanges }>;
export type LessonRemoved = Event<'LessonRemoved', { lessonId: string }>;

export type StakeholderAdded = Event<'StakeholderAdded', Stakeholder>;
export type StakeholderRevised = Event<'StakeholderRevised', { stakeholderId: string; changes: StakeholderChanges }>;
export type StakeholderRemoved = Event<'StakeholderRemoved', { stakeholderId: string }>;

export type CommunicationPlanned = Event<'CommunicationPlanned', Omit<Communication, 'status' | 'sentAt' | 'message' | 'deliveries' | 'approved'>>;
export type CommunicationRevised = Event<
  'CommunicationRevised',
  { communicationId: string; changes: CommunicationChanges }
>;
export type CommunicationSent = Event<'CommunicationSent', { communicationId: string; sentAt: string }>;
export type CommunicationCancelled = Event<'CommunicationCancelled', { communicationId: string; reason: string }>;
/** What a review meeting noted and decided; recorded again, the later notes replace the earlier. */
export type MeetingNotesRecorded = Event<'MeetingNotesRecorded', { communicationId: string; notes: string; decisions: string[] }>;
/** A reviewer approved the communication's text as it stands; a revision withdraws the approval. */
export type CommunicationApproved = Event<'CommunicationApproved', { communicationId: string }>;
/** The outbox's intent: once recorded, each delivery goes out exactly once, whatever crashes in between. */
export type CommunicationDispatched = Event<
  'CommunicationDispatched',
  { communicationId: string; message: OutgoingMessage; deliveries: Pick<Delivery, 'id' | 'stakeholderId' | 'transport' | 'to'>[] }
>;
export type CommunicationDelivered = Event<'CommunicationDelivered', DeliveryOutcome & { deliveredAt: string; receipt: string }>;
/** Without `retryAt` the outbox has given up on that delivery. */
export type CommunicationFailed = Event<'CommunicationFailed', DeliveryOutcome & { failedAt: string; reason: string; retryAt?: string }>;
export interface DeliveryOutcome {
  communicationId: string;
  deliveryId: string;
  attempt: number;
}

export type ReviewRequested = Event<'ReviewRequested', Record<string, never>>;
export type ChangesRequested = Event<'ChangesRequested', { reason: string }>;
export type ReportApproved = Event<'ReportApproved', { note?: string }>;
export type PostmortemPublished = Event<'PostmortemPublished', { publicSummary?: string }>;
export type PostmortemReopened = Event<'PostmortemReopened', { reason: string }>;

export type PostmortemEvent =
  | PostmortemDrafted
  | IncidentFactsRevised
  | ExecutiveSummaryWritten
  | TimelineEntryAdded
  | TimelineEntryRevised
  | TimelineEntryRemoved
  | EvidenceAttached
  | SuggestionsImported
  | SuggestionsDismissed
  | EvidenceRevised
  | EvidenceRemoved
  | CauseIdentified
  | CauseRevised
  | CauseRetracted
  | ActionItemProposed
  | ActionItemRevised
  | ActionItemAssigned
  | ActionItemStatusChanged
  | ActionItemCompleted
  | ActionItemDeclined
  | LessonRecorded
  | LessonRevised
  | LessonRemoved
  | StakeholderAdded
  | StakeholderRevised
  | StakeholderRemoved
  | CommunicationPlanned
  | CommunicationRevised
  | CommunicationSent
  | CommunicationCancelled
  | CommunicationApproved
  | MeetingNotesRecorded
  | CommunicationDispatched
  | CommunicationDelivered
  | CommunicationFailed
  | ReviewRequested
  | ChangesRequested
  | ReportApproved
  | PostmortemPublished
  | PostmortemReopened;

export type PostmortemEventType = PostmortemEvent['type'];

/**
 * The schema version each event type is written with today. Stored events are never
 * rewritten: a new shape bumps the version here and adds an upcaster for the old one.
 */
export const EVENT_SCHEMA_VERSIONS: Record<PostmortemEventType, number> = {
  PostmortemDrafted: 1,
  IncidentFactsRevised: 1,
  ExecutiveSummaryWritten: 1,
  TimelineEntryAdded: 1,
  TimelineEntryRevised: 1,
  TimelineEntryRemoved: 1,
  EvidenceAttached: 1,
  SuggestionsImported: 1,
  SuggestionsDismissed: 1,
  EvidenceRevised: 1,
  EvidenceRemoved: 1,
  CauseIdentified: 1,
  CauseRevised: 1,
  CauseRetracted: 1,
  ActionItemProposed: 1,
  ActionItemRevised: 1,
  ActionItemAssigned: 1,
  ActionItemStatusChanged: 1,
  ActionItemCompleted: 1,
  ActionItemDeclined: 1,
  LessonRecorded: 1,
  LessonRevised: 1,
  LessonRemoved: 1,
  StakeholderAdded: 1,
  StakeholderRevised: 1,
  StakeholderRemoved: 1,
  CommunicationPlanned: 1,
  CommunicationRevised: 1,
  CommunicationSent: 1,
  CommunicationCancelled: 1,
  CommunicationApproved: 1,
  MeetingNotesRecorded: 1,
  CommunicationDispatched: 1,
  CommunicationDelivered: 1,
  CommunicationFailed: 1,
  ReviewRequested: 1,
  ChangesRequested: 1,
  ReportApproved: 1,
  PostmortemPublished: 1,
  PostmortemReopened: 1,
};

export const POSTMORTEM_EVENT_TYPES = Object.keys(EVENT_SCHEMA_VERSIONS) as PostmortemEventType[];

export const isPostmortemEventType = (type: string): type is PostmortemEventType =>
  Object.prototype.hasOwnProperty.call(EVENT_SCHEMA_VERSIONS, type);
