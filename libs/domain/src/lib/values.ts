/**
 * The vocabulary of a postmortem. Every list is a tuple so that schemas, forms and
 * read models can enumerate it, and a type so the compiler checks every use.
 */

export const SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const REPORT_STATUSES = ['draft', 'in_review', 'approved', 'published'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const TIMELINE_ENTRY_KINDS = [
  'detection',
  'action',
  'decision',
  'escalation',
  'deploy',
  'communication',
  'observation',
] as const;
export type TimelineEntryKind = (typeof TIMELINE_ENTRY_KINDS)[number];

/** How the incident came to someone's attention: what trends compare to tell monitoring from luck. */
export const DETECTION_METHODS = ['alert', 'customer_report', 'staff', 'automated_check', 'third_party', 'other'] as const;
export type DetectionMethod = (typeof DETECTION_METHODS)[number];

export const EVIDENCE_KINDS = ['log', 'metric', 'dashboard', 'trace', 'document'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** The three levels of analysis, each with the categories that belong to it. */
export const CAUSE_CATEGORIES = {
  causal_factor: [
    'software_bug',
    'configuration_error',
    'faulty_deployment',
    'human_error',
    'external_dependency',
    'capacity_exhaustion',
    'hardware_failure',
  ],
  contributing_cause: [
    'process_deficiency',
    'missing_monitoring',
    'delayed_response',
    'inadequate_testing',
    'unclear_ownership',
    'insufficient_capacity_planning',
  ],
  systemic_issue: ['communication', 'documentation', 'training', 'tooling', 'staffing', 'culture'],
} as const;
export type CauseLevel = keyof typeof CAUSE_CATEGORIES;
export const CAUSE_LEVELS = Object.keys(CAUSE_CATEGORIES) as CauseLevel[];
export type CauseCategory = (typeof CAUSE_CATEGORIES)[CauseLevel][number];
export const ALL_CAUSE_CATEGORIES = Object.values(CAUSE_CATEGORIES).flat() as CauseCategory[];

export const ACTION_ITEM_TYPES = ['prevent', 'mitigate', 'detect', 'process'] as const;
export type ActionItemType = (typeof ACTION_ITEM_TYPES)[number];

export const ACTION_ITEM_STATUSES = ['open', 'in_progress', 'done', 'wont_do'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

/** How often the team expects the addressed problem to recur; trends later measure it. */
export const FREQUENCIES = ['rare', 'occasional', 'frequent'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const EFFORTS = ['small', 'medium', 'large'] as const;
export type Effort = (typeof EFFORTS)[number];

export const OWNER_KINDS = ['person', 'team'] as const;
export type OwnerKind = (typeof OWNER_KINDS)[number];

export const LESSON_KINDS = ['went_well', 'went_wrong', 'got_lucky'] as const;
export type LessonKind = (typeof LESSON_KINDS)[number];

export const STAKEHOLDER_GROUPS = ['internal', 'customer', 'partner', 'regulator'] as const;
export type StakeholderGroup = (typeof STAKEHOLDER_GROUPS)[number];

export const CHANNELS = [
  'internal_meeting',
  'email',
  'in_app_notice',
  'status_page',
  'regulatory_report',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** How the outbox reaches a stakeholder. */
export const TRANSPORTS = ['email', 'webhook'] as const;
export type Transport = (typeof TRANSPORTS)[number];

/** An instant as an ISO-8601 string with a time zone, e.g. `2026-03-14T09:30:00Z`. */
export type Instant = string;
/** A calendar date, `YYYY-MM-DD`. */
export type CalendarDate = string;

/** The canonical form of an instant: UTC to the millisecond, fixed width, so that text order is time order. */
export const toUtc = (instant: Instant): Instant => new Date(instant).toISOString();

/** Orders instants by the moment they name, whatever offset they were written with. */
export const byInstant = (a: Instant, b: Instant): number => Date.parse(a) - Date.parse(b);

const DAY_MS = 86_400_000;
const YEAR_MS = 365.25 * DAY_MS;

/**
 * How far back and forward each kind of time may lie. Hindsight reviews incidents of
 * systems that exist: nothing happened before 1990, nothing has happened more than a day
 * from now (clock skew), and nothing is planned or due more than a few years out.
 */
export const PLAUSIBLE = {
  earliest: '1990-01-01T00:00:00.000Z',
  /** Occurred, detected, resolved, timeline entries, sent: at most this far past the server's clock. */
  happenedSlackMs: DAY_MS,
  /** Planned communications: at most this far ahead. */
  plannedAheadMs: 2 * YEAR_MS,
  /** Action-item due dates: at most this far ahead. */
  dueAheadMs: 5 * YEAR_MS,
  /** Query boundaries may reach this far ahead (a range "until next year"). */
  queryAheadMs: 10 * YEAR_MS,
} as const;
