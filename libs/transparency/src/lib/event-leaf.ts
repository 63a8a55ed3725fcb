import type { RecordedEvent } from '@hindsight/event-store';
import { configure } from 'safe-stable-stringify';
import { type Hash, leafHashOfText } from './hashes';

/** RFC 8785 canonical JSON for JSON values (checked against an RFC 8785 implementation in canonical-json.spec.ts), and fast. */
const canonicalJson = configure({ deterministic: true, strict: true, bigint: false, circularValue: Error });

/**
 * Leaf i of the tree is the i-th event of the whole log, in global order, as the UTF-8 bytes
 * of its RFC 8785 canonical JSON: stream, revision (a decimal string), id, type, schema
 * version, data and metadata, the per-stream chain link (`prevHash`, `hash`) included. The
 * store's position is left out: it is the leaf's index, whatever the store's encoding.
 */
const leafText = ({ streamId, revision, id, type, schemaVersion, data, metadata }: RecordedEvent): string => {
  const text = canonicalJson({ streamId, revision: revision.toString(), id, type, schemaVersion, data, metadata });
  if (text === undefined) throw new TypeError(`event ${id} is not JSON-serialisable`);
  return text;
};

export const eventLeafBytes = (event: RecordedEvent): Buffer => Buffer.from(leafText(event), 'utf8');

/** SHA-256(0x00 || the event's leaf bytes), without copying the bytes first. */
export const eventLeafHash = (event: RecordedEvent): Hash => leafHashOfText(leafText(event));
