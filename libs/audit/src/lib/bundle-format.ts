import { z } from 'zod';

/**
 * An audit bundle is a JSON Lines file: a manifest, then every event of one report in revision
 * order. Version 2 (docs/audit-format.md) carries the signed checkpoint it was exported under,
 * each event's inclusion proof against it, and the log's signature over the manifest, so it
 * verifies offline with nothing but the file and the log's public key.
 */
export const BUNDLE_KIND = 'hindsight-audit-bundle' as const;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

export const manifestV2Schema = z.strictObject({
  kind: z.literal(BUNDLE_KIND),
  version: z.literal(2),
  streamId: z.string(),
  events: z.number().int().min(0),
  /** The hash of the last event: the chain head the file must end on. */
  head: hex64,
  exportedAt: z.string(),
  exportedBy: z.string(),
  /** The signed checkpoint (C2SP tlog-checkpoint note) every event's proof leads to. */
  checkpoint: z.string(),
  /** SHA-256 over the canonical JSON of the manifest (without digest and signature) and of every event line. */
  digest: hex64,
  /** The log key's Ed25519 signature over the canonical JSON of the manifest without this field. */
  signature: z.strictObject({ name: z.string(), keyId: z.string().regex(/^[0-9a-f]{8}$/), value: z.string() }),
});
export type ManifestV2 = z.infer<typeof manifestV2Schema>;

const metadata = z.object({
  actor: z.string(),
  timestamp: z.string(),
  correlationId: z.string(),
  causationId: z.string(),
  reason: z.string().optional(),
  requestDigest: z.string().optional(),
  prevHash: z.string(),
  hash: z.string(),
});

export const eventLineSchema = z.strictObject({
  id: z.string(),
  streamId: z.string(),
  revision: z.string().regex(/^\d+$/),
  position: z.string(),
  type: z.string(),
  schemaVersion: z.number().int(),
  data: z.record(z.string(), z.unknown()),
  metadata,
});

export const eventLineV2Schema = eventLineSchema.extend({
  /** The event's place in the whole log: its leaf in the checkpoint's tree. */
  leafIndex: z.number().int().min(0),
  /** RFC 9162 inclusion proof of the leaf in the checkpoint's tree, bottom-up, hex. */
  proof: z.array(hex64),
});
export type EventLineV2 = z.infer<typeof eventLineV2Schema>;

/** After the events, optionally, each evidence file an event attached: its description and its bytes (base64). */
export const fileLineSchema = z.strictObject({
  file: z.strictObject({ name: z.string(), sha256: hex64, bytes: z.number().int().min(0), mediaType: z.string() }),
  content: z.base64(),
});
export type FileLine = z.infer<typeof fileLineSchema>;
