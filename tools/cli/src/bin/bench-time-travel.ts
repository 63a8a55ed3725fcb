import type { ReadPosition } from '@hindsight/contracts';
import { type NewEvent, SqliteEventStore } from '@hindsight/event-store';
import { spawnApi } from '@hindsight/testing';
import { EVENT_SCHEMA_VERSIONS, decide, evolve, fold, type PostmortemEvent, type PostmortemState } from '@hindsight/domain';
import { percentile } from '@hindsight/projections';
import { randomUUID } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmt, machine, table, writeSection , runBenchmark, verdict } from '../bench/report';

/**
 * Time travel on a report with 10,000 events, over real HTTP against the built API: the report
 * at a random revision (folded from the nearest snapshot) and the report now (kept current in
 * memory), against the peer measured in the same run: folding the stream from its first event,
 * in process, as time travel without snapshots would. Then commands editing that report. Writes the table into docs/benchmarks.md.
 */
const EVENTS = Number(process.env['BENCH_REPORT_EVENTS'] ?? 10_000);
const SAMPLES = 300;
/** Reads are cheap enough to take more of them, for a steadier p99. */
const READS = 1_000;
const root = join(__dirname, '../..');

const writeLongReport = async (file: string): Promise<string> => {
  const store = SqliteEventStore.open(file);
  const id = randomUUID();
  let state: PostmortemState = null;
  const commands = [
    { type: 'DraftPostmortem' as const, data: { postmortemId: id, facts: { title: 'A long review', severity: 'SEV2' as const, services: ['api'], team: 'platform', occurredAt: '2026-01-01T00:00:00Z', customerImpact: '', summary: '' } } },
    ...Array.from({ length: EVENTS - 1 }, (_, i) => ({
      type: 'AddTimelineEntry' as const,
      data: { id: `e${i}`, at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), kind: 'observation' as const, description: `Observation ${i}: ${'detail '.repeat(8)}`, evidenceIds: [] },
    })),
  ];
  const events: NewEvent[] = commands.flatMap((command) =>
    decide(command, state).map((event) => {
      state = evolve(state, event);
      return { id: randomUUID(), type: event.type, schemaVersion: EVENT_SCHEMA_VERSIONS[event.type], data: event.data as Record<string, unknown>, metadata: { actor: 'bench', timestamp: new Date().toISOString(), correlationId: 'c', causationId: 'c' } };
    }),
  );
  for (let i = 0; i < events.length; i += 500) await store.append(`postmortem-${id}`, events.slice(i, i + 500), i === 0 ? 'no_stream' : BigInt(i - 1));
  await store.close();
  return id;
};

/** One request on a kept-alive connection, its body read to the last byte. */
const request = (agent: Agent, url: string, token: string, path: string, body?: object): Promise<void> =>
  new Promise((resolve, reject) => {
    const payload = body && JSON.stringify(body);
    const sent = httpRequest(`${url}${path}`, {
      agent,
      method: payload ? 'POST' : 'GET',
      headers: { authorization: `Bearer ${token}`, ...(payload && { 'content-type': 'application/json' }) },
    }, (response) => {
      response.on('data', () => undefined);
      response.on('end', () => ((response.statusCode ?? 500) < 300 ? resolve() : reject(new Error(`${response.statusCode} ${path}`))));
    });
    sent.on('error', reject);
    sent.end(payload);
  });

/** Sequential requests on one kept-alive connection (node:http, the lightest client Node has), each timed to its last byte. */
const sample = async (count: number, url: string, token: string, paths: () => string, body?: () => object): Promise<number[]> => {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = process.hrtime.bigint();
    await request(agent, url, token, paths(), body?.());
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  agent.destroy();
  return times;
};

/** Waits until the API's read models have applied the whole log, so the requests measured share the cores with nothing but each other. */
const caughtUp = async (url: string, token: string): Promise<void> => {
  for (;;) {
    const response = await fetch(`${url}/api/postmortems?limit=1`, { headers: { authorization: `Bearer ${token}` } });
    const { lag } = (await response.json()) as Partial<ReadPosition>;
    if (response.ok && lag?.events === 0 && !lag.catchingUp) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

/**
 * How many answers to reading a report the API has timed, and how many of them within 10 ms, by
 * its own clock: from the request's arrival to its last byte handed to the socket (its request
 * duration histogram on /metrics, which has a bucket at 10 ms).
 */
const apiTimed = async (url: string): Promise<{ all: number; within10ms: number }> => {
  const text = await (await fetch(`${url}/metrics`)).text();
  const bucket = (le: string) => {
    const line = text.split('\n').find((l) => l.startsWith(`hindsight_http_request_duration_seconds_bucket{le="${le}",method="GET",route="/api/postmortems/:id",status="200"}`));
    return Number(line?.split(' ').at(-1) ?? 0);
  };
  return { all: bucket('+Inf'), within10ms: bucket('0.01') };
};

const main = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hindsight-bench-tt-'));
  const id = await writeLongReport(join(dir, 'events.sqlite'));
  // The requests measured come faster than one token's default rate limit allows.
  const api = await spawnApi(join(dir, 'events.sqlite'), { HINDSIGHT_RATE_LIMIT: '1000000' });
  try {
    const token = api.adminToken as string;
    await caughtUp(api.url, token);
    await sample(SAMPLES, api.url, token, () => `/api/postmortems/${id}?asOf=${EVENTS - 1}`);
    const timedBefore = await apiTimed(api.url);
    const asOf = await sample(READS, api.url, token, () => `/api/postmortems/${id}?asOf=${Math.floor(Math.random() * EVENTS)}`);
    const timedAfter = await apiTimed(api.url);
    const now = await sample(READS, api.url, token, () => `/api/postmortems/${id}`);
    const edits = await sample(SAMPLES, api.url, token, () => `/api/postmortems/${id}/timeline`, () => ({ at: '2026-02-01T00:00:00Z', kind: 'observation', description: 'A late observation' }));
    const store = SqliteEventStore.open(join(dir, 'events.sqlite'));
    const fullFold: number[] = [];
    for (let i = 0; i < 30; i++) {
      const started = process.hrtime.bigint();
      const events = await store.readStream(`postmortem-${id}`, { toRevision: BigInt(Math.floor(Math.random() * EVENTS)) });
      fold(events as unknown as PostmortemEvent[]);
      fullFold.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    await store.close();
    const row = (name: string, t: number[]) => [name, fmt(t.length), (percentile(t, 50) ?? 0).toFixed(1), (percentile(t, 99) ?? 0).toFixed(1)];
    const p99 = percentile(asOf, 99) ?? Infinity;
    const apiShare = (timedAfter.within10ms - timedBefore.within10ms) / (timedAfter.all - timedBefore.all);
    const body = [
      `## Time travel\n\nMeasured on ${machine()}. One report with ${fmt(EVENTS)} events; sequential requests over HTTP (node:http, one kept-alive connection) to the built API on the embedded store, once its read models have caught up and after one warm-up pass.`,
      '',
      table(['request', 'samples', 'p50 ms', 'p99 ms'], [
        row('HTTP: report at a random revision (`?asOf=`, from the nearest snapshot)', asOf),
        row('HTTP: report now (kept current in memory)', now),
        row('HTTP: add a timeline entry to it (the command side folds only the events it has not seen)', edits),
        row('peer, in process: read and fold from the first event to a random revision', fullFold),
      ]),
      '',
      `Goal: time travel p99 ≤ 10 ms — end to end ${verdict(p99, 10, 'at most')} (${p99.toFixed(1)} ms as the client saw it; ${((percentile(fullFold, 50) ?? 0) / (percentile(asOf, 50) ?? 1)).toFixed(1)}× the peer at the median); by the API's own clock ${apiShare >= 0.99 ? 'met' : 'missed'}, ${(apiShare * 100).toFixed(1)} % of the same requests answered within 10 ms (its request-duration histogram on \`/metrics\`, from arrival to the last byte handed to the socket). The responses average 0.9 MB (a report of up to 10,000 timeline entries); the API keeps a snapshot every 50 revisions (\`apps/api/src/audit/report-history.ts\`), so the fold is at most 49 events.`,
      '',
      '```sh\nnpm run bench-time-travel\n```',
    ].join('\n');
    writeSection(join(root, 'docs/benchmarks.md'), 'time-travel', body);
    console.log(body);
  } finally {
    api.child.kill('SIGTERM');
    await api.exited;
    rmSync(dir, { recursive: true, force: true });
  }
};

runBenchmark(main);
