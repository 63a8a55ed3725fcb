import { SqliteEventStore } from '@hindsight/event-store';
import { ALL_PROJECTIONS, rebuildReadModelsFile, type Projection } from '@hindsight/projections';
import Database from 'better-sqlite3';
import { closeSync, fsyncSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureHistory } from '../bench/history';
import { fmt, machine, rate, runBenchmark, table, timed, verdict, writeSection, type Row } from '../bench/report';

/**
 * Projection rebuild from the shared ~1,000,000-event history. Every side builds the same
 * per-stream summary table (events, last type, last time) from the same events in the same run:
 * Hindsight's projection runner, the raw better-sqlite3 ceiling (read, parse, upsert in
 * transactions of 10,000) and the peer's processor. Hindsight's full rebuild of every read
 * model is measured beside them. The peer reads its own store, so the first BENCH_PEER_EVENTS
 * events are copied into it first (untimed).
 */
const PEER_EVENTS = Number(process.env['BENCH_PEER_EVENTS'] ?? 50_000);
const BATCH = 10_000;
const root = join(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'hindsight-bench-rebuild-'));

const SUMMARY_TABLE = 'CREATE TABLE IF NOT EXISTS stream_summary (stream_id TEXT PRIMARY KEY, events INTEGER NOT NULL, last_type TEXT NOT NULL, last_at TEXT NOT NULL)';
const UPSERT = `INSERT INTO stream_summary (stream_id, events, last_type, last_at) VALUES (?, 1, ?, ?)
  ON CONFLICT (stream_id) DO UPDATE SET events = events + 1, last_type = excluded.last_type, last_at = excluded.last_at`;

const summaryProjection = (): Projection => {
  let upsert: Database.Statement | undefined;
  return {
    name: 'stream-summary',
    version: 1,
    migrate: (db) => db.exec(SUMMARY_TABLE),
    drop: (db) => db.exec('DROP TABLE IF EXISTS stream_summary'),
    apply: (db, changes) => {
      upsert ??= db.prepare(UPSERT);
      for (const change of changes) for (const e of change.events) upsert.run(e.streamId, e.type, e.metadata.timestamp);
    },
  };
};

/** What `npm run projections -- rebuild` does: every read model into a new file that then replaces the old. */
const hindsight = async (name: string, data: string, events: number, projections: Projection[]): Promise<Row> => {
  const store = SqliteEventStore.open(data);
  const row = await timed(name, events, async () => {
    const streamReader = { script: join(__dirname, 'each-stream-reader.js'), location: data };
    await rebuildReadModelsFile(store, join(dir, `${projections.length}.sqlite`), projections, { batchSize: BATCH, streamReader });
  });
  await store.close();
  return row;
};

const ceiling = (data: string, events: number): Promise<Row> => {
  const source = new Database(data, { readonly: true });
  const target = new Database(join(dir, 'raw.sqlite'));
  // As a rebuild writes its new file: nothing waits for the disk until the end, when the file is flushed once.
  target.pragma('journal_mode = WAL');
  target.pragma('synchronous = OFF');
  target.exec(SUMMARY_TABLE);
  const page = source.prepare('SELECT position, stream_id, type, data, metadata FROM events WHERE position > ? ORDER BY position LIMIT ?');
  const upsert = target.prepare(UPSERT);
  type Stored = { position: number; stream_id: string; type: string; data: string; metadata: string };
  const apply = target.transaction((rows: Stored[]) => {
    for (const row of rows) {
      JSON.parse(row.data);
      upsert.run(row.stream_id, row.type, (JSON.parse(row.metadata) as { timestamp: string }).timestamp);
    }
  });
  return timed('raw better-sqlite3: read, parse, upsert (the ceiling)', events, () => {
    for (let after = 0; ; ) {
      const rows = page.all(after, BATCH) as Stored[];
      if (rows.length === 0) break;
      apply(rows);
      after = rows[rows.length - 1].position;
    }
    source.close();
    target.close();
    const fd = openSync(join(dir, 'raw.sqlite'), 'r');
    fsyncSync(fd);
    closeSync(fd);
  });
};

/** The part of the peer's API the benchmark uses (it is installed beside, not in, the workspace). */
interface PeerConnection {
  close(): void;
  command(sql: string, values?: unknown[]): Promise<unknown>;
}
interface PeerMessage {
  type: string;
  metadata: { streamName: string; globalPosition: bigint; timestamp?: string };
}
interface EmmettSqlite {
  sqliteConnection(options: { fileName: string }): PeerConnection;
  createEventStoreSchema(connection: PeerConnection): Promise<void>;
  appendToStream(connection: PeerConnection, stream: string, streamType: string, events: { type: string; data: object; metadata?: object }[]): Promise<{ lastGlobalPosition: bigint }>;
  getSQLiteEventStore(options: { fileName: string; schema: { autoMigration: 'CreateOrUpdate' } }): {
    consumer(options: { pulling: { batchSize: number; pullingFrequencyInMs: number } }): {
      processor(options: {
        processorId: string;
        startFrom: 'BEGINNING';
        stopAfter: (message: PeerMessage) => boolean;
        eachMessage: (message: PeerMessage, context: { connection: PeerConnection }) => Promise<void>;
      }): unknown;
      start(): Promise<void>;
      close(): Promise<void>;
    };
  };
}

const peer = async (data: string): Promise<Row | undefined> => {
  let emmett: EmmettSqlite;
  try {
    emmett = createRequire(join(root, 'tools/bench-peers/package.json'))('@event-driven-io/emmett-sqlite') as EmmettSqlite;
  } catch {
    console.warn('Peer not installed: npm ci --prefix tools/bench-peers (its version is pinned by the lock file there)');
    return undefined;
  }
  const fileName = join(dir, 'peer.sqlite');
  const store = emmett.getSQLiteEventStore({ fileName, schema: { autoMigration: 'CreateOrUpdate' } });
  // Copy the first events into the peer's store, a stream's consecutive events in one append.
  const source = new Database(data, { readonly: true });
  const rows = source.prepare('SELECT stream_id, type, data, metadata FROM events ORDER BY position LIMIT ?').all(PEER_EVENTS) as { stream_id: string; type: string; data: string; metadata: string }[];
  source.close();
  // One long-lived connection: a connection per call (the peer's default) failed now and then to commit.
  const connection = emmett.sqliteConnection({ fileName });
  await emmett.createEventStoreSchema(connection);
  await connection.command(SUMMARY_TABLE);
  let last = 0n;
  for (let i = 0; i < rows.length; ) {
    const stream = rows[i].stream_id;
    const batch = [];
    for (; i < rows.length && rows[i].stream_id === stream; i++) batch.push({ type: rows[i].type, data: JSON.parse(rows[i].data) as object, metadata: JSON.parse(rows[i].metadata) as object });
    last = (await emmett.appendToStream(connection, stream, 'postmortem', batch)).lastGlobalPosition;
  }
  connection.close();
  const consumer = store.consumer({ pulling: { batchSize: BATCH, pullingFrequencyInMs: 0 } });
  consumer.processor({
    processorId: 'stream-summary',
    startFrom: 'BEGINNING',
    stopAfter: (message) => message.metadata.globalPosition >= last,
    eachMessage: async (message, context) => {
      await context.connection.command(UPSERT, [message.metadata.streamName, message.type, message.metadata.timestamp ?? '']);
    },
  });
  const row = await timed("emmett-sqlite 0.38.5 processor (the peer)", rows.length, () => consumer.start());
  await consumer.close();
  return row;
};

const main = async () => {
  const { file: data, events } = await ensureHistory();
  const rows: Row[] = [];
  const add = (row: Row | undefined) => {
    if (!row) return undefined;
    rows.push(row);
    console.log(`${row.name}: ${fmt(rate(row))} events/s`);
    return row;
  };
  const emmett = add(await peer(data));
  const raw = add(await ceiling(data, events));
  const summary = add(await hindsight('Hindsight projection runner: the summary table', data, events, [summaryProjection()]));
  const full = add(await hindsight('Hindsight: every read model (the product\'s rebuild)', data, events, [...ALL_PROJECTIONS]));
  rmSync(dir, { recursive: true, force: true });

  const measure = (a?: Row, b?: Row) => (a && b ? rate(a) / rate(b) : undefined);
  const goals: [string, string, string][] = [];
  const ratioGoal = (goal: string, measured: number | undefined, target: number) =>
    goals.push([goal, measured === undefined ? 'not measured' : `${measured.toFixed(2)}×`, measured === undefined ? '—' : verdict(measured, target, 'at least')]);
  ratioGoal('runner ≥ 50 % of the ceiling (same table)', measure(summary, raw), 0.5);
  ratioGoal('runner ≥ 10× the peer (same table)', measure(summary, emmett), 10);
  ratioGoal('full rebuild ≥ 0.25× the ceiling (#16)', measure(full, raw), 0.25);
  ratioGoal('full rebuild ≥ 10× the peer', measure(full, emmett), 10);
  for (const row of [summary, full]) if (row) goals.push([`${row.name.replace(/^Hindsight:? ?/, '')} ≥ 50,000 events/s`, `${fmt(rate(row))}/s`, verdict(rate(row), 50_000, 'at least')]);

  const body = [
    `## Projection rebuild\n\nMeasured on ${machine()}. ${fmt(events)} events (the shared generated history); the peer projects the first ${fmt(PEER_EVENTS)} of them from its own store (its rate is what compares). Hindsight rebuilds as \`npm run projections -- rebuild\` does, into a new file that replaces the old once it is complete and flushed to disk, so it writes WAL with \`synchronous=OFF\` until then; the ceiling writes its file the same way. Both write transactions of ${fmt(BATCH)} events (Hindsight: of whole reports, about as many events, each report folded once); the peer uses its own settings; one run.`,
    '',
    table(['side', 'events', 'seconds', 'events/s'], rows.map((row) => [row.name, fmt(row.operations), row.seconds.toFixed(1), fmt(rate(row))])),
    '',
    table(['goal', 'measured', 'verdict'], goals),
    '',
    '```sh',
    'npm ci --prefix tools/bench-peers   # the peer, pinned by tools/bench-peers/package-lock.json',
    'npm run bench-rebuild          # generates tmp/bench1m.sqlite on the first run',
    '```',
  ].join('\n');
  writeSection(join(root, 'docs/benchmarks.md'), 'rebuild', body);
  console.log(body);
};

runBenchmark(main);
