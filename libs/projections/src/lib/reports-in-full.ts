import type { EventStore, Position, RecordedEvent } from '@hindsight/event-store';
import { postmortemIdOf } from './projection';

/**
 * Every report's events up to `head`, each report whole, about `size` events at a time. A
 * report's read-model rows depend on its own events only, so a rebuild from zero can fold and
 * write each report once, where following the log in order writes it again for every batch
 * that touches it (nearly four times on the generated million-event history, whose reports run
 * alongside one another).
 */
export async function* reportsUpTo(store: EventStore, head: Position, size: number): AsyncGenerator<RecordedEvent[][]> {
  let reports: RecordedEvent[][] = [];
  let events = 0;
  for await (const stream of store.readEachStream(head, size)) {
    if (postmortemIdOf(stream[0].streamId) === undefined) continue;
    reports.push(stream);
    events += stream.length;
    if (events < size) continue;
    yield reports;
    reports = [];
    events = 0;
  }
  if (reports.length > 0) yield reports;
}
