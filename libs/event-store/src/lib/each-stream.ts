import { comparePositions, type EventStore, type Position, type RecordedEvent } from './event-store';

/**
 * `readEachStream` for a store that can read only the log in order and one stream at a time:
 * the log finds the streams in the order they began, and each is read whole when first seen.
 * Every event is read twice; a store with an index by stream reads each once instead.
 */
export async function* eachStreamFromTheLog(store: Pick<EventStore, 'readAll' | 'readStream'>, upTo: Position, pageSize = 10_000): AsyncGenerator<RecordedEvent[]> {
  const begun = new Set<string>();
  for (let after: Position | undefined; ; ) {
    const page = await store.readAll({ after, limit: pageSize });
    for (const first of page) {
      if (comparePositions(first.position, upTo) > 0) return;
      if (begun.has(first.streamId)) continue;
      begun.add(first.streamId);
      yield (await store.readStream(first.streamId)).filter((event) => comparePositions(event.position, upTo) <= 0);
    }
    after = page.at(-1)?.position;
    if (after === undefined || comparePositions(after, upTo) >= 0) return;
  }
}
