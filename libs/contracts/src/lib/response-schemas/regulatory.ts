import { z } from 'zod';
import { instant, orNull, readPosition } from './values';

const STAGE_STATUSES = ['waiting', 'due', 'overdue', 'met', 'late', 'not_applicable'] as const;

const stageClock = z.object({
  stage: z.string(),
  name: z.string(),
  status: z.enum(STAGE_STATUSES),
  waitingFor: z.string().describe('while waiting: the moment it waits for').optional(),
  dueAt: instant().optional(),
  movedFrom: instant().describe('the deadline before a weekend or public holiday moved it').optional(),
  filedAt: instant().describe('the first filing of this stage').optional(),
  basis: z.string().describe('how the deadline was reached, in words').optional(),
});

/** GET /api/postmortems/:id/deadlines (docs/communications.md#regulatory-clocks) */
export const deadlinesSchema = z.object({
  ...readPosition,
  asOf: instant().describe('the moment statuses are given for'),
  regimes: z.array(
    z.object({
      regime: z.string(),
      name: z.string(),
      source: z.string().describe('the legal text the deadlines come from'),
      calendar: z.object({ country: z.string().optional(), timeZone: z.string() }),
      stages: z.array(stageClock),
    }),
  ),
});
export type Deadlines = z.infer<typeof deadlinesSchema>;

/** GET /api/trends/regulatory */
export const regulatoryTrendsSchema = z.object({
  ...readPosition,
  asOf: instant(),
  regimes: z.array(
    z.object({
      regime: z.string(),
      name: z.string(),
      met: z.number().int(),
      late: z.number().int(),
      overdue: z.number().int(),
      due: z.number().int(),
      onTimeRate: orNull(z.number()).describe('met ÷ (met + late + overdue); null before anything fell due'),
    }),
  ),
});
export type RegulatoryTrends = z.infer<typeof regulatoryTrendsSchema>;

/** GET /api/regimes: the regulatory regimes this server knows, with their stages. */
export const regimesSchema = z.object({
  regimes: z.array(z.object({ id: z.string(), name: z.string(), source: z.string(), stages: z.array(z.object({ id: z.string(), name: z.string() })) })),
});
export type Regimes = z.infer<typeof regimesSchema>;

/** GET /api/postmortems/:id/drafts/:draft: a communication's first text, filled from the report by a template. */
export const draftSchema = z.object({
  ...readPosition,
  draft: z.enum(['internal-summary', 'meeting-agenda', 'customer-notice', 'status-summary', 'regulatory-report']),
  title: z.string(),
  audience: z.enum(['internal', 'external']).describe('external drafts are built from the fields chosen for outside readers only'),
  subject: z.string(),
  text: z.string(),
});
export type DraftText = Omit<z.infer<typeof draftSchema>, 'position' | 'lag'>;

/** GET /api/me/notices: what the caller should hear of, newest first. */
export const noticesSchema = z.object({
  ...readPosition,
  notices: z.array(
    z.object({
      kind: z.enum(['communication', 'assignment']).describe('a communication sent to them as a stakeholder, or an action item assigned to them'),
      reportId: z.string(),
      reportTitle: z.string(),
      text: z.string(),
      at: instant(),
    }),
  ),
});
export type Notices = z.infer<typeof noticesSchema>;
