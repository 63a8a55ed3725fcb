import { z } from 'zod';
import { instant, orNull } from './values';

const hexHash = () => z.string().regex(/^[0-9a-f]{64}$/).describe('a SHA-256 hash, 64 lowercase hex digits');

/** GET /api/transparency/inclusion: RFC 9162 inclusion proof of one event (docs/audit-format.md). */
export const inclusionProofSchema = z.object({
  stream: z.string(),
  revision: z.number().int(),
  leafIndex: z.number().int().describe('the event\'s place in the whole log, from 0'),
  treeSize: z.number().int(),
  leafHash: hexHash().describe('SHA-256(0x00 || the event\'s canonical bytes)'),
  proof: z.array(hexHash()).describe('the audit path, bottom-up'),
  checkpoint: z.string().describe('the signed checkpoint (C2SP tlog-checkpoint) of this tree size'),
});
export type InclusionProof = z.infer<typeof inclusionProofSchema>;

/** GET /api/transparency/consistency: RFC 9162 consistency proof between two tree sizes. */
export const consistencyProofSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  proof: z.array(hexHash()),
});
export type ConsistencyProof = z.infer<typeof consistencyProofSchema>;

const firstBad = z.object({
  index: z.number().int().describe('the leaf (the event\'s place in the whole log) where the log first departs from the checkpoint'),
  reason: z.string(),
  event: z.object({ streamId: z.string(), revision: z.string(), id: z.string(), position: z.string() }).optional().describe('the event the log holds there, if any'),
});

/** GET /api/integrity: the background verifier's last verdict on the whole log. */
export const integritySchema = z.object({
  status: z.enum(['verified', 'failed', 'unchecked']),
  checkedAt: orNull(instant()),
  checkpoint: orNull(z.object({ size: z.number().int(), root: hexHash(), source: z.enum(['witness directory', 'this instance']) })),
  logSize: z.number().int(),
  firstBad: orNull(firstBad),
  reason: orNull(z.string()),
  brokenStreams: z.array(z.object({ streamId: z.string(), revision: z.number().int(), reason: z.string() })),
  alarms: z.array(z.string()).describe('checkpoints a witness refused, or a tree that no longer extends the last checkpoint'),
});
export type Integrity = z.infer<typeof integritySchema>;

/** GET /api/postmortems/:id/integrity: whether this report's events can be trusted as served. */
export const reportIntegritySchema = z.object({
  status: z.enum(['verified', 'failed', 'unverified', 'unchecked']).describe('failed: this report\'s events were changed; unverified: the log failed elsewhere; unchecked: no check has run yet'),
  checkedAt: orNull(instant()),
  reason: orNull(z.string()),
});
export type ReportIntegrity = z.infer<typeof reportIntegritySchema>;
