import type {
  ActionItemStatus,
  Priority,
  ReportStatus,
  Severity,
} from '@hindsight/domain';
import type { TREND_GROUPINGS } from './queries';

/**
 * What the read API answers. The API's controllers are typed with these, so the dashboard and
 * the server cannot drift apart silently.
 */

/** Every read but the report document says which log position it reflects, and how far behind the log that is. */
export interface ReadPosition {
  position: string | null;
  lag: ReadLag;
}

/** Measured at most a second before the read. */
export interface ReadLag {
  /** Events in the log the read models have not applied, counted up to 10,000. */
  events: number;
  /** How long the oldest of them has waited; 0 when there is none. */
  seconds: number;
  /** Still catching up with the log (after start, or resuming a lost subscription) rather than following it live. */
  catchingUp: boolean;
}

export interface ReportListItem {
  id: string;
  title: string;
  severity: Severity;
  status: ReportStatus;
  team: string;
  services: string[];
  occurredAt: string;
  resolvedAt: string | null;
  revision: number;
  updatedAt: string;
  updatedBy: string;
}

/** GET /api/postmortems */
export interface ReportList extends ReadPosition {
  total: number;
  items: ReportListItem[];
}

export interface BoardItem {
  reportId: string;
  reportTitle: string;
  team: string;
  id: string;
  title: string;
  description: string;
  successCriteria: string;
  type: string;
  status: ActionItemStatus;
  owner: { kind: string; name: string } | null;
  dueDate: string | null;
  overdue: boolean;
  causeCategories: string[];
  priority: Priority;
  proposedAt: string;
  closedAt: string | null;
}

/** GET /api/action-items and GET /api/postmortems/:id/action-items */
export interface ActionItemBoard extends ReadPosition {
  /** How many items match, and how many of those are overdue (the board, which pages). */
  total?: number;
  overdue?: number;
  items: BoardItem[];
}

/** GET /api/postmortems/:id/timeline */
export interface TimelineView extends ReadPosition {
  durations: { timeToDetectMinutes: number | null; timeToMitigateMinutes: number | null; timeToResolveMinutes: number | null };
  entries: { id: string; at: string; kind: string; description: string; evidenceIds: string[]; minutesSincePrevious: number | null }[];
}

/** GET /api/postmortems/:id/causes */
export interface CausesView extends ReadPosition {
  levels: Record<string, { id: string; level: string; category: string; description: string; evidence: unknown[]; timelineEntries: unknown[] }[]>;
}

export interface DurationSummary {
  count: number;
  median: number | null;
  p90: number | null;
}

export interface TrendGroup {
  key: string;
  incidents: number;
  bySeverity: Record<string, number>;
  timeToDetectMinutes: DurationSummary;
  timeToResolveMinutes: DurationSummary;
  timeToPublishMinutes: DurationSummary;
  signalToDetectMinutes: DurationSummary;
  causeCategories: { category: string; incidents: number; recurring: boolean }[];
  actionItems: { created: number; completed: number; overdue: number; completionRate: number | null };
}

/** GET /api/trends */
export interface Trends extends ReadPosition {
  groupBy: (typeof TREND_GROUPINGS)[number];
  groups: TrendGroup[];
}

export interface HistoryEntry {
  revision: number;
  position: string;
  type: string;
  actor: string;
  timestamp: string;
  reason: string | null;
  summary: string;
  hash: string;
}

/** GET /api/postmortems/:id/history */
export interface ReportHistoryPage {
  total: number;
  entries: HistoryEntry[];
}

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
  /** Word-level changes, for prose. */
  text?: { value: string; added?: boolean; removed?: boolean }[];
}

export interface SectionDiff {
  added: { id: string; item: unknown }[];
  removed: { id: string; item: unknown }[];
  changed: { id: string; fields: FieldChange[] }[];
}

export const DIFF_SECTIONS = ['timeline', 'evidence', 'causes', 'actionItems', 'lessons', 'stakeholders', 'communications'] as const;

/** GET /api/postmortems/:id/diff */
export interface RevisionDiff {
  from: number;
  to: number;
  changes: {
    status: FieldChange | null;
    facts: FieldChange[];
    publicSummary: FieldChange | null;
    sections: Record<(typeof DIFF_SECTIONS)[number], SectionDiff>;
  };
}

/** GET /api/postmortems/:id/verify */
export type ChainCheck =
  | { valid: true; events: number; head: string }
  | { valid: false; events: number; brokenAt: number; eventId: string; reason: string };

/** GET /api/me */
export interface Me {
  subject: string;
  roles: string[];
  teams: string[];
  via: string;
}

/** A `change` message on GET /api/events. */
export interface LiveChange {
  postmortemId: string;
  type: string;
  revision: number;
  position: string;
}

/** GET /api/me/work: what needs the caller now. */
export interface MyWork extends ReadPosition {
  reviewsWaiting: ReportListItem[];
  overdueItems: BoardItem[];
  dueSoonItems: BoardItem[];
  staleDrafts: ReportListItem[];
  pastDueCommunications: { reportId: string; reportTitle: string; communicationId: string; channel: string; summary: string; plannedFor: string }[];
}

/** GET /api/postmortems/:id/related: earlier incidents sharing a cause category or a service. */
export interface RelatedIncidents extends ReadPosition {
  items: {
    reportId: string;
    title: string;
    occurredAt: string;
    status: ReportStatus;
    sharedCategories: string[];
    sharedServices: string[];
    openActionItems: BoardItem[];
  }[];
}

/** GET /api/directory: people, teams and services for pickers. */
export interface Directory extends ReadPosition {
  items: { kind: 'person' | 'team' | 'service'; name: string; reports: number }[];
}
