import type { EntrySource, ImportSummary } from './imports';
import type {
  ActionItemStatus,
  ActionItemType,
  CalendarDate,
  CauseLevel,
  Channel,
  DetectionMethod,
  Effort,
  EvidenceKind,
  Frequency,
  Instant,
  LessonKind,
  OwnerKind,
  ReportStatus,
  Severity,
  StakeholderGroup,
  TimelineEntryKind,
  Transport,
} from './values';

export interface IncidentFacts {
  title: string;
  severity: Severity;
  services: string[];
  team: string;
  occurredAt: Instant;
  detectedAt?: Instant;
  classifiedAt?: Instant;
  mitigatedAt?: Instant;
  resolvedAt?: Instant;
  customerImpact: string;
  summary: string;
  /** The incident in the paging or ticketing system: its number, and a link to it. */
  externalReference?: ExternalReference;
  detectionMethod?: DetectionMethod;
  /** What the incident cost, measured. */
  impact?: ImpactMeasures;
  /** The regulatory regimes the incident must be reported under (ids of the server's regime files). */
  regimes?: string[];
  /** When the organisation became aware of the incident: the clock of GDPR, NIS2 and DORA's 24 hours. */
  becameAwareAt?: Instant;
  /** When it was classified as major (DORA). */
  classifiedMajorAt?: Instant;
  /** When it was determined to be material (SEC Form 8-K Item 1.05). */
  materialityDeterminedAt?: Instant;
}

export interface ExternalReference {
  /** The number or key the other system gives it, e.g. `INC-4821` or `PD-Q1ZB4`. */
  id: string;
  url?: string;
}

export interface ImpactMeasures {
  usersAffected?: number;
  requestsFailed?: number;
  /** Share of the period's error budget the incident burned, in percent (may exceed 100). */
  errorBudgetBurnedPercent?: number;
}

export interface TimelineEntry {
  id: string;
  at: Instant;
  kind: TimelineEntryKind;
  description: string;
  evidenceIds: string[];
  /** For an entry accepted from an import: which import and which of its suggestions. */
  source?: EntrySource;
}

export interface Evidence {
  id: string;
  kind: EvidenceKind;
  title: string;
  /** A link to where the evidence lives; empty for a file kept in the evidence locker. */
  url: string;
  description: string;
  /** A file kept in the evidence locker, named by its digest: the event's hash covers its content. */
  file?: EvidenceFile;
}

export interface EvidenceFile {
  name: string;
  /** Hex SHA-256 of the file's bytes. */
  sha256: string;
  bytes: number;
  /** Told from the content, not the name. */
  mediaType: string;
}

export interface Cause {
  id: string;
  level: CauseLevel;
  /** An id from the organisation's taxonomy when the cause was recorded. */
  category: string;
  description: string;
  evidenceIds: string[];
  timelineEntryIds: string[];
}

export interface Owner {
  kind: OwnerKind;
  name: string;
}

export interface PriorityInputs {
  severity: Severity;
  frequency: Frequency;
  effort: Effort;
}

export interface ActionItem {
  id: string;
  title: string;
  description: string;
  successCriteria: string;
  type: ActionItemType;
  dueDate?: CalendarDate;
  owner?: Owner;
  causeIds: string[];
  priority: PriorityInputs;
  status: ActionItemStatus;
  verificationNote?: string;
  wontDoReason?: string;
  /** The review meeting in which it was last assigned. */
  assignedInMeeting?: string;
}

export interface Lesson {
  id: string;
  kind: LessonKind;
  text: string;
}

export interface Stakeholder {
  id: string;
  name: string;
  group: StakeholderGroup;
  channel: Channel;
  /** Where a dispatched communication reaches them by mail. */
  email?: string;
  /** The name of a webhook endpoint configured on the server (its URL and secret never enter the log). */
  webhook?: string;
}

export interface Communication {
  id: string;
  stakeholderIds: string[];
  channel: Channel;
  summary: string;
  plannedFor?: Instant;
  sentAt?: Instant;
  /** Planned, then either recorded as sent by hand, or dispatched: sending until every delivery has an outcome. */
  status: 'planned' | 'sending' | 'sent' | 'failed';
  /** A report to a regulator: which regime, and which of its stages (e.g. `eu-dora` / `initial`). */
  filing?: Filing;
  /** A reviewer approved its text as it stands (required before anything goes to people outside). */
  approved?: boolean;
  /** For a meeting: how long it lasts and where; it starts at `plannedFor`. */
  meeting?: Meeting;
  /** What the meeting noted and decided. */
  notes?: { notes: string; decisions: string[] };
  /** What was dispatched, exactly as it went out. */
  message?: OutgoingMessage;
  deliveries?: Delivery[];
}

export interface Filing {
  regime: string;
  stage: string;
}

export interface Meeting {
  durationMinutes: number;
  location?: string;
}

export interface OutgoingMessage {
  subject: string;
  body: string;
  /** A meeting's calendar invitation, sent with each mail (iCalendar, RFC 5545). */
  invitation?: Meeting & { startsAt: Instant };
}

/** One message to one address of one stakeholder, delivered at most once by the outbox. */
export interface Delivery {
  id: string;
  stakeholderId: string;
  transport: Transport;
  /** An email address, or the name of a configured webhook endpoint. */
  to: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  deliveredAt?: Instant;
  /** What the receiving server answered (SMTP reply, HTTP status). */
  receipt?: string;
  lastError?: string;
  /** When a failed attempt is tried again. */
  retryAt?: Instant;
}

/** A report as the write side knows it: everything a decision needs, nothing more. */
export interface Postmortem {
  id: string;
  status: ReportStatus;
  facts: IncidentFacts;
  timeline: TimelineEntry[];
  evidence: Evidence[];
  causes: Cause[];
  actionItems: ActionItem[];
  lessons: Lesson[];
  stakeholders: Stakeholder[];
  communications: Communication[];
  /** A few paragraphs (Markdown) for readers who read nothing else: what happened, why, what changes. */
  executiveSummary?: string;
  publicSummary?: string;
  /** When the report was first published (the time its first publication was recorded). */
  publishedAt?: Instant;
  /** Raw material imported for review (logs, metrics, alerts…); absent until the first import. */
  imports?: ImportSummary[];
}

/** Before its first event a report does not exist. */
export type PostmortemState = Postmortem | null;

export const initialState = (): PostmortemState => null;
