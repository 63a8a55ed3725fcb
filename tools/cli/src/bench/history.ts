import { generateHistory, writeHistory } from '@hindsight/demo-data';
import { SqliteEventStore } from '@hindsight/event-store';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fmt } from './report';

/** The read-side benchmarks share one generated history of ~1,000,000 events, written once. */
export const HISTORY_FILE = process.env['BENCH_DATA'] ?? join(__dirname, '../../tmp/bench1m.sqlite');
export const HISTORY_INCIDENTS = Number(process.env['BENCH_INCIDENTS'] ?? 43_000);

export const ensureHistory = async (): Promise<{ file: string; events: number; head: string }> => {
  if (!existsSync(HISTORY_FILE)) {
    console.log(`Writing ${fmt(HISTORY_INCIDENTS)} incidents into ${HISTORY_FILE} (a few minutes, once)…`);
    const store = SqliteEventStore.open(HISTORY_FILE);
    await writeHistory(store, generateHistory({ incidents: HISTORY_INCIDENTS }));
    await store.close();
  }
  const store = SqliteEventStore.open(HISTORY_FILE);
  const { n, p } = store.database.prepare('SELECT count(*) AS n, max(position) AS p FROM events').get() as { n: bigint; p: bigint | null };
  await store.close();
  return { file: HISTORY_FILE, events: Number(n), head: (p ?? 0n).toString(16).padStart(16, '0') };
};
