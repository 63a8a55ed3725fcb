import { type NewEvent, SqliteEventStore } from '@hindsight/event-store';
import { openReadModels } from '@hindsight/projections';
import { consistencyProof, inclusionProof, rootAt, TreeFollower, TreeStore, TreeWorker, verifyConsistency, verifyInclusion } from '@hindsight/transparency';
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureHistory } from '../bench/history';
import { fmt, machine, rate, runBenchmark, table, timed, verdict, writeSection, type Row } from '../bench/report';

/**
 * What the Merkle tree over the log costs (docs/audit-format.md): appends with the tree
 * following the log against the same appends without it, in the same run; building the tree
 * over the shared ~1,000,000-event history, against the ceiling of reading and hashing the same
 * rows; and inclusion and consistency proofs from that stored tree.
 */
const root = join(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'hindsight-bench-tlog-'));
const WRITERS = 16;
const APPENDS_PER_ROUND = 4_000;
const ROUNDS = 3;
const PROOFS = 2_000;

const note = (writer: number, n: number): NewEvent => ({
  id: `w${writer}-${n}-${Math.random().toString(36).slice(2)}`,
  type: 'TimelineEntryAdded',
  schemaVersion: 1,
  data: { id: `e${n}`, at: '2026-03-14T09:02:00.000Z', kind: 'observation', description: `Writer ${writer} saw latency rise, observation ${n}` },
  metadata: { actor: 'bench@hindsight', timestamp: new Date().toISOString(), correlationId: 'c', causationId: 'c' },
});

/** WRITERS concurrent writers, each appending one event at a time to its own stream. */
const appendRound = async (store: SqliteEventStore, round: string): Promise<number> => {
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, writer) => {
      const stream = `bench-${round}-${writer}`;
      for (let n = 0; n < APPENDS_PER_ROUND / WRITERS; n += 1) await store.append(stream, [note(writer, n)], n === 0 ? 'no_stream' : BigInt(n - 1));
    }),
  );
  return APPENDS_PER_ROUND / (Number(process.hrtime.bigint() - started) / 1e9);
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

const appends = async () => {
  const file = join(dir, 'appends.sqlite');
  const treeFile = join(dir, 'appends.tree.sqlite');
  const store = SqliteEventStore.open(file);
  const db = openReadModels(treeFile);
  const tree = new TreeStore(db);
  const without: number[] = [];
  const withTree: number[] = [];
  await appendRound(store, 'warm-up');
  for (let round = 0; round < ROUNDS; round += 1) {
    without.push(await appendRound(store, `plain-${round}`));
    // As the built API keeps it: a worker thread with its own connections to the store and the tree.
    const worker = new TreeWorker({ script: join(__dirname, 'tree-worker.js'), location: file, treeFile });
    await worker.catchUp();
    worker.follow();
    withTree.push(await appendRound(store, `tree-${round}`));
    await worker.catchUp();
    await worker.stop();
  }
  const covered = tree.size === Number((await store.readAll()).length);
  db.close();
  await store.close();
  return { without: median(without), withTree: median(withTree), covered };
};

/** The ceiling for building: read every row and SHA-256 its stored text, nothing else. */
const hashCeiling = (file: string, events: number): Promise<Row> => {
  const source = new Database(file, { readonly: true });
  const page = source.prepare('SELECT position, data, metadata FROM events WHERE position > ? ORDER BY position LIMIT 10000');
  return timed('raw better-sqlite3: read every row and SHA-256 it (the ceiling)', events, () => {
    for (let after = 0; ; ) {
      const rows = page.all(after) as { position: number; data: string; metadata: string }[];
      if (rows.length === 0) break;
      for (const row of rows) createHash('sha256').update(row.data).update(row.metadata).digest();
      after = rows[rows.length - 1].position;
    }
    source.close();
  });
};

const latencies = (count: number, work: (i: number) => void): number[] =>
  Array.from({ length: count }, (_, i) => {
    const started = process.hrtime.bigint();
    work(i);
    return Number(process.hrtime.bigint() - started) / 1e6;
  });

const main = async () => {
  const append = await appends();
  console.log(`appends: ${fmt(append.without)}/s without the tree, ${fmt(append.withTree)}/s with it`);
  const { file, events } = await ensureHistory();
  const ceiling = await hashCeiling(file, events);
  const store = SqliteEventStore.open(file);
  const db = openReadModels(join(dir, 'tree.sqlite'));
  const tree = new TreeStore(db);
  const build = await timed('Hindsight: the tree over the whole log (canonical JSON, leaf hash, nodes stored; two threads)', events, async () => {
    // As the built API builds it over an existing log: one thread reads and hashes, the other stores.
    await new TreeFollower(store, tree, { batchSize: 10_000, leafReader: { script: join(__dirname, 'leaf-reader.js'), location: file } }).catchUp();
  });
  await store.close();
  console.log(`build: ${fmt(rate(build))} events/s`);
  const size = tree.size;
  const rootHash = rootAt(tree, size);
  const pick = () => Math.floor(Math.random() * size);
  const indexes = Array.from({ length: PROOFS }, pick);
  const inclusion = latencies(PROOFS, (i) => inclusionProof(tree, indexes[i], size));
  const firsts = Array.from({ length: PROOFS }, () => 1 + pick());
  const consistency = latencies(PROOFS, (i) => consistencyProof(tree, Math.min(firsts[i], size), size));
  const sample = indexes.slice(0, 50).every((i) => verifyInclusion(tree.subtree(0, i), i, size, inclusionProof(tree, i, size), rootHash));
  const sampleC = firsts.slice(0, 50).every((m) => verifyConsistency(m, size, consistencyProof(tree, m, size), rootAt(tree, m), rootHash));
  db.close();
  rmSync(dir, { recursive: true, force: true });

  const p99 = (values: number[]) => percentile(values, 99);
  const body = [
    `## The Merkle tree over the log\n\nMeasured on ${machine()}. Appends: ${WRITERS} concurrent writers, ${fmt(APPENDS_PER_ROUND)} single-event appends per round, durable (WAL, \`synchronous=FULL\`, group commit), ${ROUNDS} rounds of each kind alternated, medians; "with the tree" means the tree is kept as the built API keeps it: a worker thread follows the log and appends every event's leaf and nodes as they arrive. Build and proofs: the shared history of ${fmt(events)} events; ${fmt(PROOFS)} proofs of random leaves (and random old sizes) against the tree of all of them, read from the stored tree; ${sample && sampleC ? 'a sample of 50 of each was verified' : '**a sampled proof failed to verify**'}.`,
    '',
    table(['what', 'measured'], [
      ['appends without the tree', `${fmt(append.without)}/s`],
      ['appends with the tree following', `${fmt(append.withTree)}/s${append.covered ? '' : ' (the tree did not cover every event)'}`],
      [ceiling.name, `${fmt(rate(ceiling))} events/s`],
      [build.name, `${fmt(rate(build))} events/s (${build.seconds.toFixed(1)} s)`],
      ['inclusion proof, p50 / p99', `${percentile(inclusion, 50).toFixed(3)} ms / ${p99(inclusion).toFixed(3)} ms`],
      ['consistency proof, p50 / p99', `${percentile(consistency, 50).toFixed(3)} ms / ${p99(consistency).toFixed(3)} ms`],
    ]),
    '',
    table(['goal', 'measured', 'verdict'], [
      ['appends with the tree ≥ 90 % of appends without it', `${((append.withTree / append.without) * 100).toFixed(0)} %`, verdict(append.withTree / append.without, 0.9, 'at least')],
      ['inclusion proof of any of 1,000,000 events ≤ 5 ms p99', `${p99(inclusion).toFixed(3)} ms`, verdict(p99(inclusion), 5, 'at most')],
      ['consistency proof ≤ 5 ms p99', `${p99(consistency).toFixed(3)} ms`, verdict(p99(consistency), 5, 'at most')],
      ['building the tree for an existing 1,000,000-event store ≥ 100,000 events/s', `${fmt(rate(build))}/s (${((rate(build) / rate(ceiling)) * 100).toFixed(0)} % of the ceiling)`, verdict(rate(build), 100_000, 'at least')],
    ]),
    '',
    '```sh',
    'npm run bench-transparency     # generates tmp/bench1m.sqlite on the first run',
    '```',
  ].join('\n');
  writeSection(join(root, 'docs/benchmarks.md'), 'transparency', body);
  console.log(body);
};

runBenchmark(main);
