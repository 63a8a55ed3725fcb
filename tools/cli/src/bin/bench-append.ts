import { SqliteEventStore, type NewEvent } from '@hindsight/event-store';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmt, machine, rate, type Row, table, timed, writeSection , runBenchmark, verdict } from '../bench/report';

/**
 * Appends: Hindsight's embedded store against the raw better-sqlite3 ceiling (same rows, same
 * expected-revision check, synchronous=FULL) and the peer @event-driven-io/emmett-sqlite 0.38.5,
 * installed from tools/bench-peers (its own package.json and lock file, so the workspace stays
 * lean and every run compares the same code). One event per append, ~300 bytes, over 2,000
 * streams. Writes the table into docs/benchmarks.md.
 */
const APPENDS = Number(process.env['BENCH_APPENDS'] ?? 20_000);
const PEER_APPENDS = Number(process.env['BENCH_PEER_APPENDS'] ?? 2_000);
const STREAMS = 2_000;
const root = join(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'hindsight-bench-'));
const payload = { text: 'x'.repeat(220), n: 0, tags: ['checkout', 'orders-db'] };
const metadata = { actor: 'bench', timestamp: '2026-01-01T00:00:00.000Z', correlationId: 'c', causationId: 'c' };
let ids = 0;
const event = (): NewEvent => ({ id: `e-${++ids}`, type: 'TimelineEntryAdded', schemaVersion: 1, data: { ...payload, n: ids }, metadata });
const file = (name: string) => join(dir, `${name}.sqlite`);

const hindsight = async (name: string, appendsPerCall: number, writers: number): Promise<Row> => {
  const store = SqliteEventStore.open(file(name));
  const revisions = new Map<string, bigint>();
  const perWriter = APPENDS / writers / appendsPerCall;
  const row = await timed(name, APPENDS, () =>
    Promise.all(
      Array.from({ length: writers }, async (_, w) => {
        for (let i = 0; i < perWriter; i++) {
          const stream = `s-${(w * perWriter + i) % STREAMS}-${w}`;
          const result = await store.append(stream, Array.from({ length: appendsPerCall }, event), revisions.get(stream) ?? 'no_stream');
          revisions.set(stream, result.revision);
        }
      }),
    ).then(() => undefined),
  );
  await store.close();
  return row;
};

const raw = (name: string, appendsPerTransaction: number): Promise<Row> => {
  const db = new Database(file(name));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE events (position INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL UNIQUE, stream_id TEXT NOT NULL,
    revision INTEGER NOT NULL, type TEXT NOT NULL, schema_version INTEGER NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL, UNIQUE (stream_id, revision))`);
  const head = db.prepare('SELECT max(revision) AS r FROM events WHERE stream_id = ?').pluck();
  const insert = db.prepare('INSERT INTO events (event_id, stream_id, revision, type, schema_version, data, metadata) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const expected = new Map<string, number>();
  const append = (stream: string) => {
    const current = head.get(stream) as number | null;
    if ((current ?? -1) !== (expected.get(stream) ?? -1)) throw new Error('conflict');
    const e = event();
    insert.run(e.id, stream, (current ?? -1) + 1, e.type, e.schemaVersion, JSON.stringify(e.data), JSON.stringify(e.metadata));
    expected.set(stream, (current ?? -1) + 1);
  };
  const transaction = db.transaction((streams: string[]) => streams.forEach(append));
  return timed(name, APPENDS, () => {
    for (let i = 0; i < APPENDS; i += appendsPerTransaction) {
      transaction.immediate(Array.from({ length: appendsPerTransaction }, (_, j) => `s-${(i + j) % STREAMS}`));
    }
    db.close();
  });
};

/** The part of the peer's API the benchmark uses (it is installed beside, not in, the workspace). */
interface EmmettSqlite {
  getSQLiteEventStore(options: { fileName: string; schema: { autoMigration: 'CreateOrUpdate' } }): {
    appendToStream(stream: string, events: { type: string; data: object; metadata?: object }[]): Promise<unknown>;
  };
  sqliteConnection(options: { fileName: string }): { close(): void };
  appendToStream(connection: unknown, stream: string, streamType: string, events: { type: string; data: object; metadata?: object }[]): Promise<unknown>;
}

const peer = async (name: string, longLived: boolean): Promise<Row | undefined> => {
  let emmett: EmmettSqlite;
  try {
    emmett = createRequire(join(root, 'tools/bench-peers/package.json'))('@event-driven-io/emmett-sqlite') as EmmettSqlite;
  } catch {
    console.warn('Peer not installed: npm ci --prefix tools/bench-peers (its version is pinned by the lock file there)');
    return undefined;
  }
  const fileName = file(name);
  const store = emmett.getSQLiteEventStore({ fileName, schema: { autoMigration: 'CreateOrUpdate' } });
  await store.appendToStream('warm-up', [{ type: 'Warm', data: {} }]);
  const connection = longLived ? emmett.sqliteConnection({ fileName }) : undefined;
  const row = await timed(name, PEER_APPENDS, async () => {
    for (let i = 0; i < PEER_APPENDS; i++) {
      const e = event();
      const message = [{ type: e.type, data: e.data, metadata: e.metadata }];
      if (connection) await emmett.appendToStream(connection, `s-${i % STREAMS}`, 'postmortem', message);
      else await store.appendToStream(`s-${i % STREAMS}`, message);
    }
  });
  connection?.close();
  return row;
};

const main = async () => {
  const rows: Row[] = [];
  const add = (row: Row | undefined) => {
    if (!row) return;
    rows.push(row);
    console.log(`${row.name}: ${fmt(rate(row))} events/s`);
  };
  add(await hindsight('Hindsight, sequential, 1 event per append', 1, 1));
  add(await hindsight('Hindsight, sequential, batches of 10', 10, 1));
  add(await hindsight('Hindsight, 16 concurrent writers', 1, 16));
  add(await raw('raw better-sqlite3, 1 transaction per append', 1));
  add(await raw('raw better-sqlite3, 100 appends per transaction', 100));
  add(await peer('emmett-sqlite 0.38.5, defaults (connection per call)', false));
  add(await peer('emmett-sqlite 0.38.5, one long-lived connection', true));
  rmSync(dir, { recursive: true, force: true });

  const r = (prefix: string) => rows.find((x) => x.name.startsWith(prefix));
  const ratio = (a?: Row, b?: Row) => (a && b ? rate(a) / rate(b) : undefined);
  const goals: [string, number | undefined, number][] = [
    ['sequential ≥ 50 % of raw one-transaction-per-append', ratio(r('Hindsight, sequential, 1'), r('raw better-sqlite3, 1')), 0.5],
    ["sequential ≥ 10× the peer's default", ratio(r('Hindsight, sequential, 1'), r('emmett-sqlite 0.38.5, defaults')), 10],
    ['16 concurrent writers ≥ 50 % of raw batched', ratio(r('Hindsight, 16'), r('raw better-sqlite3, 100')), 0.5],
  ];
  const body = [
    `Measured on ${machine()}. WAL with \`synchronous=FULL\` on every side (an acknowledged append survives power loss). ${fmt(APPENDS)} appends of one ~300-byte event over ${fmt(STREAMS)} streams (${fmt(PEER_APPENDS)} for the peer, whose default mode is slow); one run.`,
    '',
    table(['side', 'events', 'seconds', 'events/s'], rows.map((row) => [row.name, fmt(row.operations), row.seconds.toFixed(2), fmt(rate(row))])),
    '',
    table(['goal', 'measured', 'verdict'], goals.map(([goal, measured, target]) => [goal, measured === undefined ? 'not measured' : `${measured.toFixed(2)}×`, measured === undefined ? '—' : verdict(measured, target, 'at least')])),
    '',
    '```sh',
    'npm ci --prefix tools/bench-peers   # the peer, pinned by tools/bench-peers/package-lock.json',
    'npm run bench-append',
    '```',
  ].join('\n');
  writeSection(join(root, 'docs/benchmarks.md'), 'append', `## Appends\n\n${body}`);
};

runBenchmark(main);
