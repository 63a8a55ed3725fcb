import { type RecordedEvent, verifyChain } from '@hindsight/event-store';
import { eventLeafBytes, leafHash, type NoteVerifier, parseCheckpointText, verifyInclusion, verifyNote, type Checkpoint } from '@hindsight/transparency';
import { digestV1, manifestV1Schema } from './bundle-v1';
import { createHash } from 'node:crypto';
import { attachedFiles } from './attached-files';
import { eventLineSchema, eventLineV2Schema, type EventLineV2, fileLineSchema, manifestV2Schema, type ManifestV2 } from './bundle-format';
import { bundleDigest, canonical } from './write-bundle';

export type BundleVerdict =
  | {
      valid: true;
      version: 1 | 2;
      streamId: string;
      events: number;
      head: string;
      exportedBy: string;
      exportedAt: string;
      /** Version 2: the checkpoint every event was proven against, and the key that signed it. */
      checkpoint?: { origin: string; size: number; root: string; signedBy: string };
      /** Version 2: evidence files carried after the events, each matching the digest an event recorded. */
      files?: number;
    }
  | { valid: false; reason: string; line?: number; revision?: string };

class Invalid extends Error {
  constructor(
    reason: string,
    readonly line?: number,
    readonly revision?: string,
  ) {
    super(reason);
  }
}

const parseLine = (line: string, n: number): unknown => {
  try {
    return JSON.parse(line);
  } catch {
    throw new Invalid(`line ${n} is not JSON`, n);
  }
};

const readEvents = <T extends { streamId: string; revision: string }>(lines: readonly string[], schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } } }, streamId: string): T[] =>
  lines.map((line, i) => {
    const event = schema.safeParse(parseLine(line, i + 2));
    if (!event.success) throw new Invalid(`line ${i + 2} is not an event: ${event.error.issues[0].message}`, i + 2);
    if (event.data.streamId !== streamId) throw new Invalid(`line ${i + 2} belongs to another stream`, i + 2);
    return event.data;
  });

const asRecorded = (line: { revision: string }): RecordedEvent => ({ ...line, revision: BigInt(line.revision) }) as unknown as RecordedEvent;

const checkChain = (events: readonly RecordedEvent[], manifest: { events: number; head: string }): void => {
  const chain = verifyChain(events);
  if (!chain.valid) throw new Invalid(`chain broken at revision ${chain.brokenAt}: ${chain.reason}`, Number(chain.brokenAt) + 2, chain.brokenAt.toString());
  if (events.length !== manifest.events) throw new Invalid(`the manifest promises ${manifest.events} events, the file holds ${events.length}`);
  if (chain.head !== manifest.head) throw new Invalid('the chain does not end on the head the manifest names');
};

const verifyManifestSignature = (manifest: ManifestV2, keys: readonly NoteVerifier[]): NoteVerifier => {
  const { signature, ...signed } = manifest;
  const key = keys.find((k) => k.name === signature.name && k.keyId.toString('hex') === signature.keyId);
  if (!key) throw new Invalid(`the manifest is signed by ${signature.name} (key ${signature.keyId}), which is not among the keys given`, 1);
  if (!key.verify(Buffer.from(canonical(signed), 'utf8'), Buffer.from(signature.value, 'base64'))) throw new Invalid('the manifest\'s signature does not verify: the manifest was changed', 1);
  return key;
};

const trustedCheckpoint = (note: string, keys: readonly NoteVerifier[]): Checkpoint => {
  try {
    return parseCheckpointText(verifyNote(note, keys).note.text);
  } catch (error) {
    throw new Invalid(`the checkpoint does not verify with the keys given: ${(error as Error).message}`, 1);
  }
};

const checkInclusion = (lines: readonly EventLineV2[], checkpoint: Checkpoint): void =>
  lines.forEach((line, i) => {
    const leaf = leafHash(eventLeafBytes(asRecorded(line)));
    const proof = line.proof.map((h) => Buffer.from(h, 'hex'));
    if (i > 0 && line.leafIndex <= lines[i - 1].leafIndex) throw new Invalid(`line ${i + 2}: events are out of log order`, i + 2, line.revision);
    if (!verifyInclusion(leaf, line.leafIndex, checkpoint.size, proof, checkpoint.root)) {
      throw new Invalid(`line ${i + 2}: revision ${line.revision} is not in the log the checkpoint signs (its inclusion proof fails)`, i + 2, line.revision);
    }
  });

const verifyV2 = (manifestJson: unknown, eventLines: readonly string[], keys: readonly NoteVerifier[]): BundleVerdict => {
  const parsed = manifestV2Schema.safeParse(manifestJson);
  if (!parsed.success) throw new Invalid(`the manifest is malformed: ${parsed.error.issues[0].path.join('.')} ${parsed.error.issues[0].message}`, 1);
  const manifest = parsed.data;
  if (keys.length === 0) throw new Invalid('a version 2 bundle is verified with the log\'s public key: pass it with --key (GET /.well-known/hindsight-log-keys)');
  const signedBy = verifyManifestSignature(manifest, keys);
  const checkpoint = trustedCheckpoint(manifest.checkpoint, keys);
  const lines = readEvents(eventLines.slice(0, manifest.events), eventLineV2Schema, manifest.streamId);
  const files = checkFiles(eventLines.slice(manifest.events), lines, manifest.events);
  checkChain(lines.map(asRecorded), manifest);
  const { digest, signature: _, ...unsigned } = manifest;
  if (bundleDigest(unsigned, lines) !== digest) throw new Invalid('the events do not match the manifest\'s digest: an event line was changed');
  checkInclusion(lines, checkpoint);
  const { streamId, events, head, exportedBy, exportedAt } = manifest;
  return { valid: true, version: 2, streamId, events, head, exportedBy, exportedAt, checkpoint: { origin: checkpoint.origin, size: checkpoint.size, root: checkpoint.root.toString('hex'), signedBy: signedBy.name }, files };
};

/** Each file line's bytes hash to its digest, and an event of the bundle attached a file of that digest. */
const checkFiles = (fileLines: readonly string[], events: readonly EventLineV2[], first: number): number => {
  const attached = new Set(attachedFiles(events).map(({ file }) => file.sha256));
  fileLines.forEach((text, i) => {
    const n = first + i + 2;
    const line = fileLineSchema.safeParse(parseLine(text, n));
    if (!line.success) throw new Invalid(`line ${n} is neither an event the manifest counts nor an evidence file`, n);
    const { file, content } = line.data;
    if (!attached.has(file.sha256)) throw new Invalid(`line ${n}: no event of the bundle attached a file with SHA-256 ${file.sha256}`, n);
    if (createHash('sha256').update(Buffer.from(content, 'base64')).digest('hex') !== file.sha256) throw new Invalid(`line ${n}: the file ${file.name} does not match the SHA-256 its event recorded: it was changed`, n);
  });
  return fileLines.length;
};

const verifyV1 = (manifestJson: unknown, eventLines: readonly string[]): BundleVerdict => {
  const parsed = manifestV1Schema.safeParse(manifestJson);
  if (!parsed.success) throw new Invalid('the first line is not a Hindsight audit bundle manifest', 1);
  const manifest = parsed.data;
  checkChain(readEvents(eventLines, eventLineSchema, manifest.streamId).map(asRecorded), manifest);
  if (digestV1(manifest, eventLines) !== manifest.digest) throw new Invalid('the file does not match its digest: something outside the hash chain was changed');
  const { streamId, events, head, exportedBy, exportedAt } = manifest;
  return { valid: true, version: 1, streamId, events, head, exportedBy, exportedAt };
};

/**
 * Checks a bundle offline: its format, every event's hash-chain link, the chain head and count
 * the manifest names, and its digest; for version 2 also the manifest's signature, the
 * checkpoint's signature and every event's inclusion proof, with the log's public `keys`.
 */
export const verifyBundle = (text: string, keys: readonly NoteVerifier[] = []): BundleVerdict => {
  const lines = text.split('\n').filter((line, i, all) => line.length > 0 || i < all.length - 1);
  try {
    const manifest = parseLine(lines[0] ?? '', 1);
    const version = (manifest as { version?: unknown } | null)?.version;
    return version === 2 ? verifyV2(manifest, lines.slice(1), keys) : verifyV1(manifest, lines.slice(1));
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return { valid: false, reason: error.message, line: error.line, revision: error.revision };
  }
};
