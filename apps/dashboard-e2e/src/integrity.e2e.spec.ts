import { type ApiProcess, rewriteEvent, spawnApi } from '@hindsight/testing';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, watchConsole } from './support/browser';
import { until } from './support/editor-steps';

const SCREENSHOTS = join(__dirname, '../../../tmp/screenshots');
const VIEWPORTS = [
  ['desktop', { width: 1440, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const;

/**
 * A report edited in the database file behind the log's back, its chain recomputed: after a
 * restart the background check finds it against the witnessed checkpoint, and the dashboard
 * says so on that report, and warns on every other.
 */
describe('A report whose events fail verification', () => {
  let dir: string;
  let data: string;
  let env: Record<string, string>;
  let api: ApiProcess;
  let browser: Browser;
  let admin: string;
  const ids: string[] = [];

  const stop = async () => {
    api.child.kill('SIGTERM');
    await api.exited;
  };
  const call = (method: string, path: string, body?: unknown) =>
    fetch(`${api.url}/api${path}`, { method, headers: { authorization: `Bearer ${admin}`, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hindsight-e2e-integrity-'));
    mkdirSync(SCREENSHOTS, { recursive: true });
    data = join(dir, 'events.sqlite');
    env = { HINDSIGHT_DASHBOARD_DIR: join(__dirname, '../../../dist/apps/dashboard'), HINDSIGHT_WITNESS_DIR: join(dir, 'witness'), HINDSIGHT_CHECKPOINT_EVENTS: '1' };
    api = await spawnApi(data, env);
    admin = api.adminToken as string;
    for (const title of ['Payments time out after a certificate expired', 'Search returns stale results']) {
      const { id } = (await (await call('POST', '/postmortems', { title, severity: 'SEV2', services: ['payments'], team: 'payments', occurredAt: '2026-05-01T10:00:00Z' })).json()) as { id: string };
      for (let n = 0; n < 4; n += 1) await call('POST', `/postmortems/${id}/timeline`, { at: `2026-05-01T10:0${n}:00Z`, kind: 'observation', description: `Observation ${n}` });
      ids.push(id);
    }
    // Two reports of five events each, the first admin token and the token table's marker: 12 events, witnessed.
    await until(async () => (await (await fetch(`${api.url}/api/transparency/checkpoint`)).text()).includes('\n12\n'), 10_000);
    await stop();
    rewriteEvent(data, `postmortem-${ids[0]}`, 2, (e) => ({ ...e, data: { ...e.data, description: 'Nothing unusual was seen' } }));
    api = await spawnApi(data, env);
    await until(async () => ((await (await fetch(`${api.url}/api/health`)).json()) as { integrity: string }).integrity !== 'unchecked', 10_000);
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(VIEWPORTS)('shows a red banner on the edited report and its history, and a warning on the others (%s)', async (name, viewport) => {
    const page = await (await browser.newContext({ viewport })).newPage();
    const console = watchConsole(page);
    await page.goto(`${api.url}/reports/${ids[0]}#token=${admin}`);
    const banner = page.getByRole('alert').filter({ hasText: 'This report’s history failed verification' });
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/revision 2: the event here differs from the one the checkpoint covers/);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-integrity-banner.png`) });
    await page.goto(`${api.url}/reports/${ids[0]}/history`);
    await page.getByRole('alert').filter({ hasText: 'This report’s history failed verification' }).waitFor();
    await page.goto(`${api.url}/reports/${ids[1]}`);
    await page.getByRole('alert').filter({ hasText: 'The log failed verification' }).waitFor();
    expect(console.unexpected()).toEqual([]);
  });
});
