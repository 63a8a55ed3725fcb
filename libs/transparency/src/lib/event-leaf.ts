import type { RecordedEvent } from '@hindsight/event-store';
import canonicalize from 'canonicalize';

/**
 * Leaf i of the tree is the i-th event of the whole log, in global order, as the UTF-8 bytes
 * of its RFC 8785 canonical JSON: stream, revision (a decimal string), id, type, schema
 * version, data and metadata, the per-stream chain link (`prevHash`, `hash`) included. The
 * store's position is left out: it is the leaf's index, whatever the store's encoding.
 */
export const eventLeafBytes = ({ streamId, revision, id, type, schemaVersion, data, metadata }: RecordedEvent): Buffer => {
  const text = canonicalize({ streamId, revision: revision.toString(), id, type, schemaVersion, data, metadata });
  if (text === undefined) throw new TypeError(`event ${id} is not JSON-serialisable`);
  return Buffer.from(text, 'utf8');
};
