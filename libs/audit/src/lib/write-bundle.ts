import type { RecordedEvent } from '@hindsight/event-store';
import type { NoteSigner } from '@hindsight/transparency';
import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import { BUNDLE_KIND, type EventLineV2, type FileLine, type ManifestV2 } from './bundle-format';

export const canonical = (value: unknown): string => canonicalize(value) as string;

/** SHA-256 over the canonical manifest (without digest and signature) and every canonical event line, joined by newlines. */
export const bundleDigest = (manifest: Omit<ManifestV2, 'digest' | 'signature'>, lines: readonly unknown[]): string =>
  createHash('sha256').update([manifest, ...lines].map(canonical).join('\n'), 'utf8').digest('hex');

export interface BundleInput {
  streamId: string;
  events: readonly RecordedEvent[];
  exportedBy: string;
  exportedAt: Date;
  /** The signed checkpoint note the proofs lead to. */
  checkpoint: string;
  /** Each event's leaf index and inclusion proof (hex) in the checkpoint's tree. */
  inclusion: (event: RecordedEvent) => { leafIndex: number; proof: string[] };
  signer: NoteSigner;
  /** Evidence files to carry after the events (docs/audit-format.md, section 7). */
  files?: ReadonlyArray<{ file: FileLine['file']; content: Buffer }>;
}

export const writeBundle = ({ streamId, events, exportedBy, exportedAt, checkpoint, inclusion, signer, files = [] }: BundleInput): { text: string; manifest: ManifestV2 } => {
  const lines: EventLineV2[] = events.map((e) => ({
    id: e.id,
    streamId: e.streamId,
    revision: e.revision.toString(),
    position: e.position,
    type: e.type,
    schemaVersion: e.schemaVersion,
    data: e.data,
    metadata: e.metadata,
    ...inclusion(e),
  }));
  const unsigned = {
    kind: BUNDLE_KIND,
    version: 2 as const,
    streamId,
    events: events.length,
    head: events.at(-1)?.metadata.hash ?? '0'.repeat(64),
    exportedAt: exportedAt.toISOString(),
    exportedBy,
    checkpoint,
  };
  const digested = { ...unsigned, digest: bundleDigest(unsigned, lines) };
  const signature = { name: signer.name, keyId: signer.keyId.toString('hex'), value: signer.sign(Buffer.from(canonical(digested), 'utf8')).toString('base64') };
  const manifest: ManifestV2 = { ...digested, signature };
  const fileLines: FileLine[] = files.map(({ file, content }) => ({ file, content: content.toString('base64') }));
  return { manifest, text: `${[manifest, ...lines, ...fileLines].map((line) => JSON.stringify(line)).join('\n')}\n` };
};
