import { evolve, type PostmortemEvent, type PostmortemState } from '@hindsight/domain';
import type { RecordedEvent } from '@hindsight/event-store';
import { stringify } from 'csv-stringify/sync';
import { summarize } from './summarize';

export interface HistoryEntry {
  revision: number;
  position: string;
  type: string;
  actor: string;
  timestamp: string;
  reason: string | null;
  summary: string;
  hash: string;
}

/** Each event of a report with who, when, why and a one-line summary of what. */
export const historyOf = (events: readonly RecordedEvent[]): HistoryEntry[] => {
  let state: PostmortemState = null;
  return events.map((recorded) => {
    const event = recorded as unknown as PostmortemEvent;
    const entry: HistoryEntry = {
      revision: Number(recorded.revision),
      position: recorded.position,
      type: recorded.type,
      actor: recorded.metadata.actor,
      timestamp: recorded.metadata.timestamp,
      reason: recorded.metadata.reason ?? null,
      summary: summarize(event, state, recorded.metadata.actor),
      hash: recorded.metadata.hash,
    };
    state = evolve(state, event);
    return entry;
  });
};

/**
 * A cell a spreadsheet would run as a formula (OWASP's CSV injection: it starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return) is prefixed with an apostrophe, so it reads as text.
 */
export const spreadsheetSafe = (cell: string): string => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

export const historyCsv = (history: readonly HistoryEntry[]): string =>
  stringify(history.map((h) => [h.revision, h.timestamp, h.actor, h.type, h.reason ?? '', h.summary, h.hash]), {
    header: true,
    columns: ['revision', 'timestamp', 'actor', 'event', 'reason', 'summary', 'hash'],
    cast: { string: spreadsheetSafe },
  });
