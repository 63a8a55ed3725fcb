import { createHash } from 'node:crypto';
import { z } from 'zod';
import { BUNDLE_KIND } from './bundle-format';

/**
 * Version 1 bundles, exported before checkpoints existed: the manifest's digest is a plain
 * SHA-256 of the file's own lines, which anyone can recompute. They are still read, and
 * reported as unsigned: they show only that the file is self-consistent.
 */
export const manifestV1Schema = z.strictObject({
  kind: z.literal(BUNDLE_KIND),
  version: z.literal(1),
  streamId: z.string(),
  events: z.number().int().min(0),
  head: z.string().regex(/^[0-9a-f]{64}$/),
  exportedAt: z.string(),
  exportedBy: z.string(),
  digest: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ManifestV1 = z.infer<typeof manifestV1Schema>;

/** SHA-256 of the manifest as JSON.stringify wrote it (without the digest) and the event lines as they are in the file. */
export const digestV1 = ({ digest: _, ...manifest }: ManifestV1, eventLines: readonly string[]): string =>
  createHash('sha256').update([JSON.stringify(manifest), ...eventLines].join('\n')).digest('hex');
