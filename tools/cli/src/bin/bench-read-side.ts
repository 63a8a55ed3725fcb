import type { ReadLag } from '@hindsight/contracts';
import { percentile } from '@hindsight/projections';
import { createToken, spawnApi } from '@hindsight/testing';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureHistory, HISTORY_INCIDENTS } from '../bench/history';
import { pick } from '../bench/load';
import { fmt, machine, residentMegabytes, runBenchmark, table, verdict, writeSection } from '../bench/report';

/**
 * The read side at a million events: how soon the API answers a read after launch (and what
 * that read says of its lag), its resident memory while its read models catch up and after,
 * and trends queries with random groupings and filters over HTTP. The history (43,000
 * incidents, ~1,000,000 events) is generated into BENCH_DATA on the first run and reused after.
 */
const SAMPLES = 200;
const root = join(__dirname, '../..');

/** Polls until `answered` holds, sampling the API's resident memory each time; the highest sample. */
const sampleUntil = async (pid: number, answered: () => Promise<boolean>): Promise<number> => {
  let peak = 0;
  for (;;) {
    peak = Math.max(peak, residentMegabytes(pid));
    if (await answered()) return peak;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
};

const randomTrendsQuery = (): string => {
  const teams = ['commerce-platform', 'payments', 'identity', 'search', 'platform', 'data'];
  const from = new Date(Date.now() - Math.random() * 540 * 86_400_000).toISOString().slice(0, 10);
  const filters = [
    `groupBy=${pick(['month', 'service', 'team', 'severity', 'detection'])}`,
    Math.random() < 0.5 ? `from=${from}` : '',
    Math.random() < 0.3 ? `team=${pick(teams)}` : '',
    Math.random() < 0.3 ? `severity=${pick(['SEV1', 'SEV2', 'SEV3', 'SEV4'])}` : '',
    Math.random() < 0.2 ? `service=${pick(['payments-api', 'search-api', 'auth', 'ledger'])}` : '',
  ];
  return filters.filter(Boolean).join('&');
};

const main = async () => {
  const { file: data, events, head } = await ensureHistory();
  const readModels = `${data}.bench-read-models.sqlite`;
  for (const file of [readModels, `${readModels}-wal`, `${readModels}-shm`]) rmSync(file, { force: true });
  // Made before launch, so the time to the first read is the API's alone.
  const token = await createToken(data, { name: 'bench', roles: ['admin'], teams: ['*'] });
  const started = Date.now();
  const api = await spawnApi(data, { HINDSIGHT_READ_MODELS: readModels });
  const pid = api.child.pid as number;
  try {
    const get = (path: string) => fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    let firstRead: { seconds: number; lag: ReadLag } | undefined;
    const peakWhileCatchingUp = await sampleUntil(pid, async () => {
      const response = await get('/api/postmortems?limit=1');
      const body = (await response.json()) as { lag: ReadLag };
      if (response.ok) firstRead ??= { seconds: (Date.now() - started) / 1000, lag: body.lag };
      const caught = await get(`/api/postmortems?limit=1&minPosition=${head}`);
      await caught.arrayBuffer();
      return caught.ok;
    });
    const caughtUp = (Date.now() - started) / 1000;
    const rss = residentMegabytes(pid);
    const times: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const t = process.hrtime.bigint();
      const response = await get(`/api/trends?${randomTrendsQuery()}`);
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`trends answered ${response.status}`);
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    const rssAfter = residentMegabytes(pid);
    const p99 = percentile(times, 99) ?? Infinity;
    const first = firstRead as NonNullable<typeof firstRead>;
    const body = [
      `## Read side at a million events\n\nMeasured on ${machine()}. The built API launched on an embedded store of ${fmt(events)} events (${fmt(HISTORY_INCIDENTS)} incidents over 18 months) with no read models: it builds them from zero in the background while it answers (caught up ${caughtUp.toFixed(0)} s after launch). A read of the report list every 250 ms from launch, with the API's resident memory sampled at each; then ${SAMPLES} trends requests over HTTP with random grouping (month, service, team, severity, detection) and filters (dates, team, severity, service).`,
      '',
      table(['measure', 'value', 'goal', 'verdict'], [
        ['first read answered after launch', `${first.seconds.toFixed(1)} s (its lag: ${fmt(first.lag.events)}${first.lag.events >= 10_000 ? '+' : ''} events, catching up: ${first.lag.catchingUp})`, '≤ 2 s', verdict(first.seconds, 2, 'at most')],
        ['trends p50', `${(percentile(times, 50) ?? 0).toFixed(0)} ms`, '', ''],
        ['trends p99', `${p99.toFixed(0)} ms`, '≤ 50 ms', verdict(p99, 50, 'at most')],
        ['API resident memory while catching up (highest sample)', `${peakWhileCatchingUp.toFixed(0)} MB`, '≤ 300 MB', verdict(peakWhileCatchingUp, 300, 'at most')],
        ['API resident memory after catching up', `${rss.toFixed(0)} MB`, '≤ 300 MB', verdict(rss, 300, 'at most')],
        ['API resident memory after the trends requests', `${rssAfter.toFixed(0)} MB`, '≤ 300 MB', verdict(rssAfter, 300, 'at most')],
      ]),
      '',
      'There is no peer in this comparison: the figures are absolute, against the goals. The heap is not capped.',
      '',
      '```sh\nnpm run bench-read-side        # generates tmp/bench1m.sqlite on the first run\n```',
    ].join('\n');
    writeSection(join(root, 'docs/benchmarks.md'), 'read-side', body);
    console.log(body);
  } finally {
    api.child.kill('SIGTERM');
    await api.exited;
  }
};

runBenchmark(main);
