import { type ChainVerdict, type RecordedEvent, verifyChain } from '@hindsight/event-store';
import { createHash } from 'node:crypto';
import { z } from 'zod';

/**
 * An audit bundle is a JSON Lines file: a manifest, then every event of one report in revision
 * order with its metadata and hash-chain link. It verifies offline, with nothing but the file.
 */
export const BUNDLE_KIND = 'hindsight-audit-bundle';

export interface Manifest {
  kind: typeof BUNDLE_KIND;
  version: 1;
  streamId: string;
  events: number;
  /** The hash of the last event: the chain head the file must end on. */
  head: string;
  exportedAt: string;
  exportedBy: string;
  /** SHA-256 of this manifest (without the digest) and every event line: any changed byte shows. */
  digest: string;
}

const manifestSchema = z.strictObject({
  kind: z.literal(BUNDLE_KIND),
  version: z.literal(1),
  streamId: z.string(),
  events: z.number().int().min(0),
  head: z.string().regex(/^[0-9a-f]{64}$/),
  exportedAt: z.string(),
  exportedBy: z.string(),
  digest: z.string().regex(/^[0-9a-f]{64}$/),
});

const digestOf = (manifest: Omit<Manifest, 'digest'>, eventLines: readonly string[]): string =>
  createHash('sha256').update([JSON.stringify(manifest), ...eventLines].join('\n')).digest('hex');

const eventSchema = z.strictObject({
  id: z.string(),
  streamId: z.string(),
  revision: z.string().regex(/^\d+$/),
  position: z.string(),
  type: z.string(),
  schemaVersion: z.number().int(),
  data: z.record(z.string(), z.unknown()),
  metadata: z.object({ actor: z.string(), timestamp: z.string(), correlationId: z.string(), causationId: z.string(), reason: z.string().optional(), prevHash: z.string(), hash: z.string() }),
});

export const writeBundle = (streamId: string, events: readonly RecordedEvent[], exportedBy: string, exportedAt: Date): string => {
  const unsigned: Omit<Manifest, 'digest'> = {
    kind: BUNDLE_KIND,
    version: 1,
    streamId,
    events: events.length,
    head: events.at(-1)?.metadata.hash ?? '0'.repeat(64),
    exportedAt: exportedAt.toISOString(),
    exportedBy,
  };
  const eventLines = events.map((e) => JSON.stringify({ ...e, revision: e.revision.toString() }));
  const manifest: Manifest = { ...unsigned, digest: digestOf(unsigned, eventLines) };
  return `${[JSON.stringify(manifest), ...eventLines].join('\n')}\n`;
};

export type BundleVerdict =
  | { valid: true; manifest: Manifest; chain: Extract<ChainVerdict, { valid: true }> }
  | { valid: false; reason: string; line?: number; revision?: string };

/** Checks a bundle's format, every event's hash and link, and that the chain ends where the manifest says. */
export const verifyBundle = (text: string): BundleVerdict => {
  const lines = text.split('\n').filter((line, i, all) => line.length > 0 || i < all.length - 1);
  const parse = (line: string, n: number): unknown => {
    try {
      return JSON.parse(line);
    } catch {
      throw Object.assign(new Error(`line ${n} is not JSON`), { line: n });
    }
  };
  try {
    const manifest = manifestSchema.safeParse(parse(lines[0] ?? '', 1));
    if (!manifest.success) return { valid: false, reason: 'the first line is not a Hindsight audit bundle manifest', line: 1 };
    const { digest, ...unsigned } = manifest.data;
    const events: RecordedEvent[] = [];
    for (const [i, line] of lines.slice(1).entries()) {
      const event = eventSchema.safeParse(parse(line, i + 2));
      if (!event.success) return { valid: false, reason: `line ${i + 2} is not an event: ${event.error.issues[0].message}`, line: i + 2 };
      if (event.data.streamId !== manifest.data.streamId) return { valid: false, reason: `line ${i + 2} belongs to another stream`, line: i + 2 };
      events.push({ ...event.data, revision: BigInt(event.data.revision) } as RecordedEvent);
    }
    const chain = verifyChain(events);
    if (!chain.valid) return { valid: false, reason: `chain broken at revision ${chain.brokenAt}: ${chain.reason}`, revision: chain.brokenAt.toString(), line: Number(chain.brokenAt) + 2 };
    if (events.length !== manifest.data.events) return { valid: false, reason: `the manifest promises ${manifest.data.events} events, the file holds ${events.length}` };
    if (chain.head !== manifest.data.head) return { valid: false, reason: 'the chain does not end on the head the manifest names' };
    if (digestOf(unsigned as Omit<Manifest, 'digest'>, lines.slice(1)) !== digest) return { valid: false, reason: 'the file does not match its digest: something outside the hash chain was changed' };
    return { valid: true, manifest: manifest.data as Manifest, chain };
  } catch (error) {
    return { valid: false, reason: (error as Error).message, line: (error as { line?: number }).line };
  }
};
