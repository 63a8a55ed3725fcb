import { type EventStore, type Position, readEachStreamInWorker, type RecordedEvent } from '@hindsight/event-store';
import { postmortemIdOf } from './projection';
import type { RunnerOptions } from './runner-options';

/**
 * The reports among `streams` (each stream whole, as `readEachStream` gives them), about `size`
 * events at a time. A report's read-model rows depend on its own events only, so a rebuild from
 * zero can fold and write each report once, where following the log in order writes it again
 * for every batch that touches it (nearly four times on the generated million-event history,
 * whose reports run alongside one another).
 */
export async function* wholeReports(streams: AsyncIterable<RecordedEvent[]>, size: number): AsyncGenerator<RecordedEvent[][]> {
  let reports: RecordedEvent[][] = [];
  let events = 0;
  for await (const stream of streams) {
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

/** Every report up to `head`, whole, as the store reads them: in this thread, or in a worker when given one. */
export const reportsUpTo = (store: EventStore, head: Position, size: number, reader: RunnerOptions['streamReader']): AsyncGenerator<RecordedEvent[][]> =>
  wholeReports(reader ? readEachStreamInWorker(reader.script, reader.location, head, size) : store.readEachStream(head, size), size);
