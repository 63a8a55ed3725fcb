import { isPostmortemEventType, type PostmortemEvent } from '@hindsight/domain';
import type { RecordedEvent } from '@hindsight/event-store';

/**
 * The one place stored events become domain events. When an event's shape changes, its
 * new schema version gets an upcaster here; stored events are never rewritten.
 */
export const toDomainEvent = (event: RecordedEvent): PostmortemEvent => {
  if (!isPostmortemEventType(event.type)) {
    throw new Error(`Stream ${event.streamId} holds an unknown event type '${event.type}' at revision ${event.revision}`);
  }
  return { type: event.type, data: event.data, metadata: { timestamp: event.metadata.timestamp } } as PostmortemEvent;
};
