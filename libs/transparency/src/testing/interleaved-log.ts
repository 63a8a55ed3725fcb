import { type NewEvent, SqliteEventStore } from '@hindsight/event-store';

const STREAMS = ['postmortem-a', 'postmortem-b', 'postmortem-c', 'audit-exports'];

/** One small event of `stream`, the `n`-th. */
export const noteEvent = (stream: string, n: number): NewEvent => ({
  id: `${stream}-${n}`,
  type: 'NoteTaken',
  schemaVersion: 1,
  data: { text: `note ${n} of ${stream}` },
  metadata: { actor: 'alice@shop.example', timestamp: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(), correlationId: 'c', causationId: 'c' },
});

/**
 * A small log to attack: 20 events in each of three reports and the export log, interleaved,
 * in an embedded store at `file`. Returns where each event stands in the log, by `stream@revision`.
 */
export const writeInterleavedLog = async (file: string): Promise<Map<string, number>> => {
  const store = SqliteEventStore.open(file);
  const indexOf = new Map<string, number>();
  try {
    for (let n = 0; n < 20; n += 1) {
      for (const stream of STREAMS) {
        await store.append(stream, [noteEvent(stream, n)], n === 0 ? 'no_stream' : BigInt(n - 1));
        indexOf.set(`${stream}@${n}`, indexOf.size);
      }
    }
  } finally {
    await store.close();
  }
  return indexOf;
};


