import { percentile } from '@hindsight/projections';
import { createToken, spawnApi } from '@hindsight/testing';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureHistory, HISTORY_INCIDENTS } from '../bench/history';
import { pick } from '../bench/load';
import { fmt, machine, residentMegabytes, runBenchmark, table, verdict, writeSection } from '../bench/report';

/**
 * The read side at a million events: the API's resident memory once its read models have
 * caught up, and trends queries with random filters over HTTP. The history (43,000 incidents,
 * ~1,000,000 events) is generated into BENCH_DATA on the first run and reused after.
 */
const SAMPLES = 200;
const root = join(__dirname, '../..');
const main = async () => {
  const { file: data, events, head } = await ensureHistory();
  const readModels = `${data}.bench-read-models.sqlite`;
  for (const file of [readModels, `${readModels}-wal`, `${readModels}-shm`]) rmSync(file, { force: true });
  const started = Date.now();
  const api = await spawnApi(data, { HINDSIGHT_READ_MODELS: readModels });
  try {
    const token = api.adminToken ?? await createToken(data, { name: 'bench', roles: ['admin'], teams: ['*'] });
    const get = (path: string) => fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    for (;;) {
      const response = await get(`/api/postmortems?limit=1&minPosition=${head}`);
      await response.arrayBuffer();
      if (response.ok) break;
    }
    const caughtUp = (Date.now() - started) / 1000;
    const rss = residentMegabytes(api.child.pid as number);
    const teams = ['commerce-platform', 'payments', 'identity', 'search', 'platform', 'data'];
    const times: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const from = new Date(Date.now() - Math.random() * 540 * 86_400_000).toISOString().slice(0, 10);
      const filters = [`groupBy=${pick(['month', 'service', 'team', 'severity'])}`, Math.random() < 0.5 ? `from=${from}` : '', Math.random() < 0.3 ? `team=${pick(teams)}` : '', Math.random() < 0.3 ? `severity=${pick(['SEV1', 'SEV2', 'SEV3', 'SEV4'])}` : ''];
      const t = process.hrtime.bigint();
      const response = await get(`/api/trends?${filters.filter(Boolean).join('&')}`);
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`trends answered ${response.status}`);
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    const rssAfter = residentMegabytes(api.child.pid as number);
    const p99 = percentile(times, 99) ?? Infinity;
    const body = [
      `## Read side at a million events\n\nMeasured on ${machine()}. The built API on an embedded store of ${fmt(events)} events (${fmt(HISTORY_INCIDENTS)} incidents over 18 months); its read models built from zero in the background after start (caught up ${caughtUp.toFixed(0)} s after launch), then ${SAMPLES} trends requests over HTTP with random grouping and filters.`,
      '',
      table(['measure', 'value', 'goal', 'verdict'], [
        ['trends p50', `${(percentile(times, 50) ?? 0).toFixed(0)} ms`, '', ''],
        ['trends p99', `${p99.toFixed(0)} ms`, '≤ 50 ms', verdict(p99, 50, 'at most')],
        ['API resident memory after catching up', `${rss.toFixed(0)} MB`, '≤ 300 MB', verdict(rss, 300, 'at most')],
        ['API resident memory after the trends requests', `${rssAfter.toFixed(0)} MB`, '≤ 300 MB', verdict(rssAfter, 300, 'at most')],
      ]),
      '',
      'There is no peer in this comparison: the figures are absolute, against the goals.',
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
