import { percentile } from '@hindsight/projections';
import { createToken, launchBrowser, spawnApi } from '@hindsight/testing';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureHistory, HISTORY_INCIDENTS } from '../bench/history';
import { pick } from '../bench/load';
import { fmt, machine, runBenchmark, table, verdict, writeSection } from '../bench/report';

/**
 * The dashboard's first pages at a million events: the report list and the action-item board
 * over HTTP (each answer timed whole, body read), beside the API's health route (the HTTP
 * floor of the same server, same run), then both pages drawn in Debian's Chromium from a cold
 * start until their first row shows.
 */
const SAMPLES = 300;
const RENDERS = 10;
const root = join(__dirname, '../..');
const dashboard = join(root, 'dist/apps/dashboard');

/** Filters people use on each page, drawn at random for the second measure of each. */
const LIST_FILTERS = ['status=published', 'team=pay', 'sort=updatedAt', 'severity=SEV1', 'service=check'];
const BOARD_FILTERS = ['status=open', 'team=pay', 'owner=a', 'band=P0', 'overdue=true', 'sort=due'];

const main = async () => {
  if (!existsSync(join(dashboard, 'index.html'))) throw new Error(`${dashboard} is missing: build the dashboard first (npx nx run dashboard:build)`);
  const { file: data, events, head } = await ensureHistory();
  // Kept between runs: reads are measured here, not catching up (the runner rebuilds only the
  // read models whose version changed). Delete the file to start from zero.
  const readModels = `${data}.bench-dashboard-read-models.sqlite`;
  // One reader asks far more often than a person would: the per-token and per-address limits are lifted.
  const api = await spawnApi(data, { HINDSIGHT_READ_MODELS: readModels, HINDSIGHT_DASHBOARD_DIR: dashboard, HINDSIGHT_RATE_LIMIT: '100000000', HINDSIGHT_RATE_LIMIT_PER_ADDRESS: '100000000' });
  try {
    const token = api.adminToken ?? await createToken(data, { name: 'bench', roles: ['admin'], teams: ['*'] });
    const timedGet = async (path: string): Promise<number> => {
      const t = process.hrtime.bigint();
      const response = await fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${path} answered ${response.status}`);
      return Number(process.hrtime.bigint() - t) / 1e6;
    };
    console.log('Waiting for the read models to catch up with the log…');
    for (;;) {
      const response = await fetch(`${api.url}/api/postmortems?limit=1&minPosition=${head}`, { headers: { authorization: `Bearer ${token}` } });
      await response.arrayBuffer();
      if (response.ok) break;
    }
    const sample = async (paths: () => string): Promise<number[]> => {
      const times: number[] = [];
      for (let i = 0; i < SAMPLES; i++) times.push(await timedGet(paths()));
      return times;
    };
    const floor = await sample(() => '/api/health');
    const list = await sample(() => '/api/postmortems?limit=25');
    const listFiltered = await sample(() => `/api/postmortems?limit=25&${pick(LIST_FILTERS)}`);
    const board = await sample(() => '/api/action-items?limit=50');
    const boardFiltered = await sample(() => `/api/action-items?limit=50&${pick(BOARD_FILTERS)}`);

    const browser = await launchBrowser();
    /** From asking for the page in a new browser context (nothing cached) until its table's first row shows. */
    const render = async (path: string, table: string): Promise<number[]> => {
      const times: number[] = [];
      for (let i = 0; i < RENDERS; i++) {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        const page = await context.newPage();
        const t = Date.now();
        await page.goto(`${api.url}${path}#token=${token}`);
        await page.getByRole('table', { name: table }).locator('tbody tr').first().waitFor({ timeout: 30_000 });
        times.push(Date.now() - t);
        await context.close();
      }
      return times;
    };
    const listRender = await render('/', 'Reports');
    const boardRender = await render('/action-items', 'Action items');
    await browser.close();

    const p = (times: number[], q: number) => percentile(times, q) ?? Infinity;
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    const row = (name: string, times: number[], goal?: number) => [name, ms(p(times, 50)), ms(p(times, 99)), `${(p(times, 99) / p(floor, 99)).toFixed(1)}×`, goal ? `≤ ${goal} ms` : '', goal ? verdict(p(times, 99), goal, 'at most') : ''];
    const renderRow = (name: string, times: number[]) => [name, ms(p(times, 50)), ms(Math.max(...times)), '', '≤ 1,500 ms (slowest)', verdict(Math.max(...times), 1500, 'at most')];
    const body = [
      `## Dashboard first pages at a million events\n\nMeasured on ${machine()}. The built API serving the built dashboard on an embedded store of ${fmt(events)} events (${fmt(HISTORY_INCIDENTS)} incidents), read models caught up. ${SAMPLES} sequential requests of each kind over HTTP: each page's first page as it opens, then with one filter or sort drawn at random from what people use; the health route is the floor of the same server in the same run. The goal is the first page as it opens; the filtered figures say how far a filter moves it. Then each page opened ${RENDERS} times in a new Chromium context (nothing cached, 1440×900) until its first row shows.`,
      '',
      table(['what', 'p50', 'p99 (slowest for renders)', 'p99 ÷ health p99', 'goal', 'verdict'], [
        ['`GET /api/health` (the floor)', ms(p(floor, 50)), ms(p(floor, 99)), '1.0×', '', ''],
        row('report list, first page (25), as it opens', list, 50),
        row(`report list, first page, one filter or sort at random (${LIST_FILTERS.join(', ')})`, listFiltered),
        row('action-item board, first page (50), as it opens', board, 50),
        row(`action-item board, first page, one filter or sort at random (${BOARD_FILTERS.join(', ')})`, boardFiltered),
        renderRow('report list drawn in the browser', listRender),
        renderRow('action-item board drawn in the browser', boardRender),
      ]),
      '',
      '```sh\nnpx nx run dashboard:build && npm run bench-dashboard     # generates tmp/bench1m.sqlite on the first run\n```',
    ].join('\n');
    writeSection(join(root, 'docs/benchmarks.md'), 'dashboard', body);
    console.log(body);
  } finally {
    api.child.kill('SIGTERM');
    await api.exited;
  }
};

runBenchmark(main);
