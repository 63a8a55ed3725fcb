import { ACTION_ITEM_STATUSES, EFFORTS, FREQUENCIES, PRIORITY_BANDS, REPORT_STATUSES, SEVERITIES } from '@hindsight/domain';
import { z } from 'zod';
import { DIRECTORY_KINDS, TREND_GROUPINGS } from '../queries';
import type { ActionItemBoard, CausesView, Directory, MyWork, RelatedIncidents, ReportList, TimelineView, Trends } from '../read-responses';
import { calendarDay, instant, oneOf, orNull, readPosition } from './values';

/** GET /api/postmortems */
const reportListItem = () =>
    z.object({
      id: z.string(),
      title: z.string(),
      severity: oneOf(SEVERITIES),
      status: oneOf(REPORT_STATUSES),
      team: z.string(),
      services: z.array(z.string()),
      occurredAt: instant(),
      resolvedAt: orNull(instant()),
      revision: z.number().int(),
      updatedAt: instant(),
      updatedBy: z.string(),
    });

export const reportListSchema = z.object({ ...readPosition, total: z.number().int(), items: z.array(reportListItem()) }) satisfies z.ZodType<ReportList>;

const priority = z.object({
  score: z.number(),
  band: oneOf(PRIORITY_BANDS),
  factors: z.object({
    severity: z.object({ value: oneOf(SEVERITIES), weight: z.number() }),
    frequency: z.object({ estimated: oneOf(FREQUENCIES), measured: oneOf(FREQUENCIES), recurrences: z.number().int(), used: oneOf(FREQUENCIES), weight: z.number() }),
    effort: z.object({ value: oneOf(EFFORTS), divisor: z.number() }),
  }),
});

/** GET /api/action-items and GET /api/postmortems/:id/action-items */
const boardItem = () =>
    z.object({
      reportId: z.string(),
      reportTitle: z.string(),
      team: z.string(),
      id: z.string(),
      title: z.string(),
      description: z.string(),
      successCriteria: z.string(),
      type: z.string(),
      status: oneOf(ACTION_ITEM_STATUSES),
      owner: orNull(z.object({ kind: z.string(), name: z.string() })),
      dueDate: orNull(calendarDay()),
      overdue: z.boolean(),
      causeCategories: z.array(z.string()),
      priority,
      proposedAt: instant(),
      closedAt: orNull(instant()),
    });

export const actionItemBoardSchema = z.object({
  ...readPosition,
  total: z.number().int().describe('How many items match (GET /api/action-items; the report’s own list has them all)').optional(),
  overdue: z.number().int().describe('How many of those are overdue').optional(),
  items: z.array(boardItem()),
}) satisfies z.ZodType<ActionItemBoard>;

/** GET /api/postmortems/:id/related */
export const relatedIncidentsSchema = z.object({
  ...readPosition,
  items: z.array(
    z.object({
      reportId: z.string(),
      title: z.string(),
      occurredAt: instant(),
      status: oneOf(REPORT_STATUSES),
      sharedCategories: z.array(z.string()).describe('Cause categories it shares with the report'),
      sharedServices: z.array(z.string()),
      openActionItems: z.array(boardItem()).describe('Its action items still open or in progress, highest priority first'),
    }),
  ),
}) satisfies z.ZodType<RelatedIncidents>;

/** GET /api/me/work */
export const myWorkSchema = z.object({
  ...readPosition,
  reviewsWaiting: z.array(reportListItem()).describe('Reports in review the caller may review, waiting longest first'),
  overdueItems: z.array(boardItem()).describe('Open action items owned by the caller or their team, past due'),
  dueSoonItems: z.array(boardItem()).describe('Those due within 7 days'),
  staleDrafts: z.array(reportListItem()).describe('Drafts nobody changed for 7 days'),
  pastDueCommunications: z.array(
    z.object({ reportId: z.string(), reportTitle: z.string(), communicationId: z.string(), channel: z.string(), summary: z.string(), plannedFor: instant() }),
  ),
}) satisfies z.ZodType<MyWork>;

const minutes = () => orNull(z.number());

/** GET /api/postmortems/:id/timeline */
export const timelineViewSchema = z.object({
  ...readPosition,
  durations: z.object({ timeToDetectMinutes: minutes(), timeToMitigateMinutes: minutes(), timeToResolveMinutes: minutes() }),
  entries: z.array(
    z.object({ id: z.string(), at: instant(), kind: z.string(), description: z.string(), evidenceIds: z.array(z.string()), minutesSincePrevious: minutes() }),
  ),
}) satisfies z.ZodType<TimelineView>;

/** GET /api/postmortems/:id/causes: causes by level, each with the evidence and timeline entries it links to. */
export const causesViewSchema = z.object({
  ...readPosition,
  levels: z.record(
    z.string(),
    z.array(
      z.object({
        id: z.string(),
        level: z.string(),
        category: z.string(),
        description: z.string(),
        evidence: z.array(z.object({ id: z.string(), kind: z.string(), title: z.string(), url: z.string(), description: z.string() })),
        timelineEntries: z.array(z.object({ id: z.string(), at: instant(), kind: z.string(), description: z.string() })),
      }),
    ),
  ),
}) satisfies z.ZodType<CausesView>;

const communication = z.object({
  id: z.string(),
  channel: z.string(),
  summary: z.string(),
  stakeholderIds: z.array(z.string()),
  plannedFor: orNull(instant()),
  sentAt: orNull(instant()),
  status: z.string(),
});

/** GET /api/postmortems/:id/communications */
export const communicationsViewSchema = z.object({
  ...readPosition,
  stakeholders: z.array(z.object({ id: z.string(), name: z.string(), group: z.string(), channel: z.string() })),
  communications: z.array(communication),
  pending: z.array(communication).describe('the communications planned and not yet sent'),
});

const durations = () => z.object({ count: z.number().int(), median: orNull(z.number()), p90: orNull(z.number()) });

/** GET /api/trends */
export const trendsSchema = z.object({
  ...readPosition,
  groupBy: oneOf(TREND_GROUPINGS),
  groups: z.array(
    z.object({
      key: z.string(),
      incidents: z.number().int(),
      bySeverity: z.record(z.string(), z.number().int()),
      timeToDetectMinutes: durations(),
      timeToResolveMinutes: durations(),
      timeToPublishMinutes: durations(),
      signalToDetectMinutes: durations().describe('from the first signal imports found (a change point, an error, an alert) to detection'),
      causeCategories: z.array(z.object({ category: z.string(), incidents: z.number().int(), recurring: z.boolean() })),
      actionItems: z.object({ created: z.number().int(), completed: z.number().int(), overdue: z.number().int(), completionRate: orNull(z.number()) }),
    }),
  ),
}) satisfies z.ZodType<Trends>;

/** GET /api/directory */
export const directorySchema = z.object({
  ...readPosition,
  items: z.array(
    z.object({
      kind: oneOf(DIRECTORY_KINDS),
      name: z.string(),
      reports: z.number().int().describe('readable reports that mention the name, or that the person changed'),
    }),
  ),
}) satisfies z.ZodType<Directory>;
