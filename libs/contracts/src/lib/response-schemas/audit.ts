import { z } from 'zod';
import type { ChainCheck, ReportHistoryPage, RevisionDiff } from '../read-responses';
import { instant, orNull, position } from './values';

/** GET /api/postmortems/:id/history: one page of the report's events, oldest first. */
export const reportHistoryPageSchema = z.object({
  total: z.number().int(),
  entries: z.array(
    z.object({
      revision: z.number().int(),
      position: position(),
      type: z.string().describe('the event type, e.g. TimelineEntryAdded'),
      actor: z.string(),
      timestamp: instant(),
      reason: orNull(z.string()),
      summary: z.string().describe('the change in words'),
      hash: z.string().describe('the event hash of its stream chain (docs/audit.md)'),
    }),
  ),
}) satisfies z.ZodType<ReportHistoryPage>;

const fieldChange = z.object({
  field: z.string(),
  from: z.unknown(),
  to: z.unknown(),
  text: z.array(z.object({ value: z.string(), added: z.boolean().optional(), removed: z.boolean().optional() })).optional().describe('word-level changes, for prose'),
});

const sectionDiff = z.object({
  added: z.array(z.object({ id: z.string(), item: z.unknown() })),
  removed: z.array(z.object({ id: z.string(), item: z.unknown() })),
  changed: z.array(z.object({ id: z.string(), fields: z.array(fieldChange) })),
});

/** GET /api/postmortems/:id/diff */
export const revisionDiffSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  changes: z.object({
    status: orNull(fieldChange),
    facts: z.array(fieldChange),
    publicSummary: orNull(fieldChange),
    sections: z.object({
      timeline: sectionDiff,
      evidence: sectionDiff,
      causes: sectionDiff,
      actionItems: sectionDiff,
      lessons: sectionDiff,
      stakeholders: sectionDiff,
      communications: sectionDiff,
    }),
  }),
}) satisfies z.ZodType<RevisionDiff>;

/** GET /api/postmortems/:id/verify */
export const chainCheckSchema = z.union([
  z.object({ valid: z.literal(true), events: z.number().int(), head: z.string() }),
  z.object({ valid: z.literal(false), events: z.number().int(), brokenAt: z.number().int(), eventId: z.string(), reason: z.string() }),
]) satisfies z.ZodType<ChainCheck>;

/** GET /api/audit/verify: every stream's chain, with the first broken link of each. */
export const storeVerificationSchema = z.object({
  valid: z.boolean(),
  streams: z.number().int(),
  events: z.number().int(),
  broken: z.array(z.object({ streamId: z.string(), revision: z.number().int(), eventId: z.string(), reason: z.string() })),
});

/** GET /api/audit/exports: who exported which report, in which format, when; newest first. */
export const exportLogSchema = z.object({
  exports: z.array(
    z.object({
      postmortemId: z.string(),
      format: z.enum(['bundle', 'markdown', 'pdf', 'csv']),
      revision: z.number().int(),
      checkpoint: orNull(z.object({ size: z.number().int(), root: z.string().describe('hex') })).describe('the signed checkpoint the export was made under (null before checkpoints existed)'),
      digest: orNull(z.string()).describe('SHA-256 of the file served, hex (null before checkpoints existed)'),
      actor: z.string(),
      timestamp: instant(),
    }),
  ),
});
