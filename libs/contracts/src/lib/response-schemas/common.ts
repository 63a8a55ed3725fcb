import { z } from 'zod';
import type { CommandAccepted, Problem } from '../responses';
import type { Me } from '../read-responses';
import { position } from './values';

/** What every accepted command answers: where the report now stands. */
export const commandAcceptedSchema = z.object({
  id: z.string().optional().describe('the id of what the command created, when it created something'),
  revision: z.number().int().describe("the report's revision after the command; send it back as If-Match"),
  position: position(),
}) satisfies z.ZodType<CommandAccepted>;

/** Every error (RFC 9457 problem details, application/problem+json). */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  errors: z.array(z.object({ field: z.string(), reason: z.string() })).optional().describe('400: what was wrong with which field'),
  rule: z.string().optional().describe('422: the business rule the command broke'),
  limit: z.number().int().optional().describe('413: the most bytes the store takes in one append'),
  conflicts: z
    .array(z.object({ revision: z.number().int(), type: z.string(), actor: z.string(), timestamp: z.string(), reason: z.string().optional() }))
    .optional()
    .describe('409: the changes since the revision the editor saw that touch the same thing'),
  currentRevision: z.number().int().optional(),
}) satisfies z.ZodType<Problem>;

/** GET /api/me */
export const meSchema = z.object({ subject: z.string(), roles: z.array(z.string()), teams: z.array(z.string()), via: z.string() }) satisfies z.ZodType<Me>;

/** GET /api/health */
export const healthSchema = z.object({ status: z.literal('ok'), uptimeSeconds: z.number().int() });

/** GET /api/health: up, the store answers, and the last verdict on the log's integrity. */
export const healthWithIntegritySchema = healthSchema.extend({
  integrity: z.enum(['verified', 'failed', 'unchecked']).describe('the background verifier\'s last verdict on the whole log (details: GET /api/integrity)'),
});

/** GET /api/health/ready: 200 when this instance should be sent traffic, 503 with the reasons when not. */
export const readinessSchema = z.object({
  status: z.enum(['ready', 'not_ready']),
  store: z.enum(['ok', 'unavailable']).describe('whether the event store answers a read'),
  subscription: z.enum(['live', 'catching_up']).describe('live: new events are applied as they are appended; catching_up: after start, or resuming a lost subscription'),
  lag: z.object({
    events: z.number().int().describe('events stored and not yet in the read models, counted up to one past the limit'),
    seconds: z.number().describe('how long the oldest of them has waited'),
  }),
  limits: z.object({ events: z.number().int(), seconds: z.number() }).describe('the lag above which this instance is not ready'),
  reasons: z.array(z.string()).describe('why it is not ready; empty when it is'),
});
