import {
  ACTION_ITEM_STATUSES,
  ACTION_ITEM_TYPES,
  CAUSE_LEVELS,
  CHANNELS,
  DETECTION_METHODS,
  EFFORTS,
  EVIDENCE_KINDS,
  FREQUENCIES,
  LESSON_KINDS,
  OWNER_KINDS,
  REPORT_STATUSES,
  SEVERITIES,
  STAKEHOLDER_GROUPS,
  TRANSPORTS,
  TIMELINE_ENTRY_KINDS,
  IMPORT_FORMATS,
} from '@hindsight/domain';
import { z } from 'zod';
import type { PostmortemDocument } from '../responses';
import { evidenceFileSchema } from './imports';
import { calendarDay, instant, oneOf, position } from './values';

const facts = z.object({
  title: z.string(),
  severity: oneOf(SEVERITIES),
  services: z.array(z.string()),
  team: z.string(),
  occurredAt: instant(),
  detectedAt: instant().optional(),
  classifiedAt: instant().optional(),
  mitigatedAt: instant().optional(),
  resolvedAt: instant().optional(),
  customerImpact: z.string(),
  summary: z.string(),
  externalReference: z.object({ id: z.string(), url: z.string().optional() }).optional(),
  detectionMethod: oneOf(DETECTION_METHODS).optional(),
  impact: z.object({ usersAffected: z.number().optional(), requestsFailed: z.number().optional(), errorBudgetBurnedPercent: z.number().optional() }).optional(),
  regimes: z.array(z.string()).describe('Regulatory regimes the incident is reported under').optional(),
  becameAwareAt: instant().optional(),
  classifiedMajorAt: instant().optional(),
  materialityDeterminedAt: instant().optional(),
});

const ids = () => z.array(z.string());

/** GET /api/postmortems/:id — the report as its events fold, at `revision`. */
export const postmortemDocumentSchema = z.object({
  id: z.string(),
  status: oneOf(REPORT_STATUSES),
  facts,
  timeline: z.array(
    z.object({
      id: z.string(),
      at: instant(),
      kind: oneOf(TIMELINE_ENTRY_KINDS),
      description: z.string(),
      evidenceIds: ids(),
      source: z.object({ importId: z.string(), key: z.string() }).describe('the import and suggestion it was accepted from').optional(),
    }),
  ),
  evidence: z.array(
    z.object({
      id: z.string(),
      kind: oneOf(EVIDENCE_KINDS),
      title: z.string(),
      url: z.string().describe('empty for a file in the evidence locker'),
      description: z.string(),
      file: evidenceFileSchema.describe('a file in the evidence locker: GET …/evidence/{evidenceId}/file').optional(),
    }),
  ),
  causes: z.array(
    z.object({ id: z.string(), level: oneOf(CAUSE_LEVELS), category: z.string(), description: z.string(), evidenceIds: ids(), timelineEntryIds: ids() }),
  ),
  actionItems: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      description: z.string(),
      successCriteria: z.string(),
      type: oneOf(ACTION_ITEM_TYPES),
      dueDate: calendarDay().optional(),
      owner: z.object({ kind: oneOf(OWNER_KINDS), name: z.string() }).optional(),
      causeIds: ids(),
      priority: z.object({ severity: oneOf(SEVERITIES), frequency: oneOf(FREQUENCIES), effort: oneOf(EFFORTS) }),
      status: oneOf(ACTION_ITEM_STATUSES),
      verificationNote: z.string().optional(),
      wontDoReason: z.string().optional(),
      assignedInMeeting: z.string().describe('the review meeting (a communication) it was last assigned in').optional(),
    }),
  ),
  lessons: z.array(z.object({ id: z.string(), kind: oneOf(LESSON_KINDS), text: z.string() })),
  stakeholders: z.array(
    z.object({ id: z.string(), name: z.string(), group: oneOf(STAKEHOLDER_GROUPS), channel: oneOf(CHANNELS), email: z.string().optional(), webhook: z.string().optional() }),
  ),
  communications: z.array(
    z.object({
      id: z.string(),
      stakeholderIds: ids(),
      channel: oneOf(CHANNELS),
      summary: z.string(),
      plannedFor: instant().optional(),
      sentAt: instant().optional(),
      status: z.enum(['planned', 'sending', 'sent', 'failed']),
      filing: z.object({ regime: z.string(), stage: z.string() }).describe('A report to a regulator: its regime and stage').optional(),
      approved: z.boolean().describe('A reviewer approved its text as it stands; required before it goes outside').optional(),
      meeting: z.object({ durationMinutes: z.number().int(), location: z.string().optional() }).optional(),
      notes: z.object({ notes: z.string(), decisions: z.array(z.string()) }).describe("a meeting's notes and decisions").optional(),
      message: z
        .object({
          subject: z.string(),
          body: z.string(),
          invitation: z.object({ startsAt: instant(), durationMinutes: z.number().int(), location: z.string().optional() }).describe('the calendar invitation sent with each mail').optional(),
        })
        .describe('What was dispatched, exactly as it went out')
        .optional(),
      deliveries: z
        .array(
          z.object({
            id: z.string(),
            stakeholderId: z.string(),
            transport: oneOf(TRANSPORTS),
            to: z.string().describe('An email address, or the name of a webhook endpoint configured on the server'),
            status: z.enum(['pending', 'delivered', 'failed']),
            attempts: z.number().int(),
            deliveredAt: instant().optional(),
            receipt: z.string().describe("The receiving server's answer").optional(),
            lastError: z.string().optional(),
            retryAt: instant().optional(),
          }),
        )
        .optional(),
    }),
  ),
  executiveSummary: z.string().describe('Markdown').optional(),
  publicSummary: z.string().optional(),
  publishedAt: instant().optional(),
  imports: z
    .array(
      z.object({
        id: z.string(),
        format: oneOf(IMPORT_FORMATS),
        file: z.string(),
        sha256: z.string().describe("the file's SHA-256; accepting a suggestion attaches the file as evidence when the locker keeps it"),
        dismissed: ids().describe('keys of the suggestions an editor dismissed'),
        firstSignal: z.object({ key: z.string(), at: instant(), description: z.string() }).describe('its earliest anomaly before detection').optional(),
      }),
    )
    .describe('raw material imported for review (GET …/suggestions lists what each suggested)')
    .optional(),
  revision: z.number().int(),
  position: position(),
  asOf: instant().describe('Only with ?asOf=: when the revision shown was recorded').optional(),
}) satisfies z.ZodType<PostmortemDocument>;
