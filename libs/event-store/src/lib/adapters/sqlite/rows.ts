import type { RecordedEvent } from '../../event-store';
import { formatPosition } from '../../position';

export interface EventRow {
  position: bigint;
  event_id: string;
  stream_id: string;
  revision: bigint;
  type: string;
  schema_version: bigint;
  data: string;
  metadata: string;
}

export const toRecordedEvent = (row: EventRow): RecordedEvent => ({
  id: row.event_id,
  streamId: row.stream_id,
  revision: row.revision,
  position: formatPosition(row.position),
  type: row.type,
  schemaVersion: Number(row.schema_version),
  data: JSON.parse(row.data),
  metadata: JSON.parse(row.metadata),
});
