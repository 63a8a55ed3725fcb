import { comparePositions, type EventStore, type Position, type RecordedEvent } from '@hindsight/event-store';
import { postmortemIdOf } from './projection';

/**
 * Every report's events up to `head`, each report whole, in the order the reports began, about
 * `size` events at a time. A report's read-model rows depend on its own events only, so a
 * rebuild from zero can fold and write each report once, where following the log in order
 * writes it again for every batch that touches it (nearly four times on the generated
 * million-event history, whose reports run alongside one another).
 */
export async function* reportsUpTo(store: EventStore, head: Position, size: number): AsyncGenerator<RecordedEvent[][]> {
  const begun = new Set<string>();
  let reports: RecordedEvent[][] = [];
  let events = 0;
  let after: Position | undefined;
  for (;;) {
    const page = await store.readAll({ after, limit: size });
    for (const first of page) {
      if (comparePositions(first.position, head) > 0) break;
      if (begun.has(first.streamId) || postmortemIdOf(first.streamId) === undefined) continue;
      begun.add(first.streamId);
      const stream = (await store.readStream(first.streamId)).filter((event) => comparePositions(event.position, head) <= 0);
      reports.push(stream);
      events += stream.length;
      if (events < size) continue;
      yield reports;
      reports = [];
      events = 0;
    }
    const last = page.at(-1)?.position;
    if (last === undefined || comparePositions(last, head) >= 0) break;
    after = last;
  }
  if (reports.length > 0) yield reports;
}
