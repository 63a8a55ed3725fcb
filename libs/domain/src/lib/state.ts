import type {
  ActionItemStatus,
  ActionItemType,
  CalendarDate,
  CauseCategory,
  CauseLevel,
  Channel,
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
}

export interface TimelineEntry {
  id: string;
  at: Instant;
  kind: TimelineEntryKind;
  description: string;
  evidenceIds: string[];
}

export interface Evidence {
  id: string;
  kind: EvidenceKind;
  title: string;
  url: string;
  description: string;
}

export interface Cause {
  id: string;
  level: CauseLevel;
  category: CauseCategory;
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
}

export interface Communication {
  id: string;
  stakeholderIds: string[];
  channel: Channel;
  summary: string;
  plannedFor?: Instant;
  sentAt?: Instant;
  status: 'planned' | 'sent';
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
  publicSummary?: string;
  publishedAt?: Instant;
}

/** Before its first event a report does not exist. */
export type PostmortemState = Postmortem | null;

export const initialState = (): PostmortemState => null;
