import { type ApiProcess, spawnApi } from '@hindsight/testing';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, type watchConsole } from './support/browser';
import { openTab, submitDialog, until } from './support/editor-steps';
import { SCREENSHOTS as DOC_SCREENSHOTS } from './support/flow-fixtures';
import { signInPage } from './support/sign-in';

const FIXTURES = join(__dirname, '../../../libs/importers/fixtures');
const VIEWPORTS = [
  ['desktop', { width: 1440, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const;

/** The spring-sale slowdown rebuilt from its raw material: imported, reviewed in the browser, accepted onto the timeline. */
describe('Building the timeline from logs, metrics, alerts, chat and deploys', () => {
  let dir: string;
  let api: ApiProcess;
  let browser: Browser;
  const kept = { contexts: [] as BrowserContext[], consoles: [] as ReturnType<typeof watchConsole>[] };
  const auth = () => ({ authorization: `Bearer ${api.adminToken}` });
  const upload = async (reportId: string, file: string) => {
    const response = await fetch(`${api.url}/api/postmortems/${reportId}/imports?file=${encodeURIComponent(file)}`, { method: 'POST', headers: { ...auth(), 'content-type': 'application/octet-stream' }, body: readFileSync(join(FIXTURES, file)) });
    expect(response.status).toBe(201);
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hindsight-e2e-imports-'));
    mkdirSync(DOC_SCREENSHOTS, { recursive: true });
    api = await spawnApi(join(dir, 'events.sqlite'), { HINDSIGHT_DASHBOARD_DIR: join(__dirname, '../../../dist/apps/dashboard') });
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    api?.child.kill('SIGTERM');
    await api?.exited;
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(VIEWPORTS)('puts the deploy before the latency change point before the first alert once accepted (%s)', async (name, viewport) => {
    const created = await fetch(`${api.url}/api/postmortems`, {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/json' },
      body: JSON.stringify({ title: `Checkout slows to a crawl during the spring sale (${name})`, severity: 'SEV2', services: ['checkout', 'orders-db'], team: 'commerce-platform', occurredAt: '2026-03-14T09:00:00Z', detectedAt: '2026-03-14T09:17:00Z', mitigatedAt: '2026-03-14T10:03:00Z', resolvedAt: '2026-03-14T11:38:00Z' }),
    });
    const report = (await created.json()) as { id: string };
    for (const file of ['checkout-latency.prometheus.json', 'alertmanager.jsonl', 'slack/incident-checkout/2026-03-14.json', 'application.log']) await upload(report.id, file);

    const page = await signInPage({ browser, url: api.url, viewport }, api.adminToken as string, kept);
    await page.goto(`${api.url}/reports/${report.id}/edit`);
    await openTab(page, /^Timeline/);
    // The deploy list comes through the dashboard's own import dialog.
    await page.getByRole('button', { name: 'Import data' }).click();
    await page.locator('input[type=file]').setInputFiles(join(FIXTURES, 'deploys.csv'));
    await page.getByRole('dialog', { name: 'Import data' }).getByRole('button', { name: 'Import' }).click();
    await page.getByText('deploys.csv imported as Deploys').waitFor();

    await page.getByRole('note', { name: 'First signal' }).getByText(/17 min before anyone noticed/).waitFor();
    const toolbar = page.getByRole('toolbar', { name: 'Suggestions' });
    for (const source of ['Deploys', 'Prometheus metrics', 'Alertmanager alerts']) await toolbar.getByText(source, { exact: true }).click();
    await page.getByRole('row', { name: /^Suggested: checkout 2026\.03\.14-1 deployed by dana/ }).waitFor();
    // The suggestions at the top of the screen, as someone reviewing them sees them.
    await (name === 'desktop' ? toolbar : toolbar.getByRole('radiogroup')).evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => window.scrollBy(0, -70));
    await page.screenshot({ path: join(DOC_SCREENSHOTS, name === 'desktop' ? 'timeline-suggestions.png' : 'phone-timeline-suggestions.png'), fullPage: false });
    await toolbar.getByLabel(/^Select all \d+ shown$/).check();
    await toolbar.getByRole('button', { name: /^Accept selected \(7\)$/ }).click();

    const table = page.getByRole('table', { name: 'Timeline entries' });
    await until(async () => (await table.locator('tbody tr:not(.suggested-entry)').count()) === 7, 10_000);
    const texts = await table.locator('tbody tr:not(.suggested-entry) td:nth-child(3)').allInnerTexts();
    const deploy = texts.findIndex((t) => t.startsWith('checkout 2026.03.14-1 deployed'));
    const change = texts.findIndex((t) => t.startsWith('checkout_request_duration_p99_seconds') && t.includes('rose'));
    const alert = texts.findIndex((t) => t.startsWith('Alert CheckoutLatencyHigh firing'));
    expect([deploy >= 0, deploy < change, change < alert]).toEqual([true, true, true]);
    await page.getByRole('tab', { name: 'Timeline (7)' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    // The files the accepted entries came from are evidence now, kept under their digest; a screenshot joins them.
    const graph = join(dir, `latency-${name}.png`);
    writeFileSync(graph, await page.screenshot());
    await openTab(page, /^Evidence/);
    await page.getByRole('button', { name: 'Upload file' }).click();
    await page.locator('input[type=file]').setInputFiles(graph);
    await submitDialog(page, 'Upload evidence', { 'select:Kind': 'metric', Title: 'Timeline as accepted' }, 'Upload');
    await page.getByRole('button', { name: 'Preview: Timeline as accepted' }).click();
    const picture = page.getByRole('dialog', { name: 'Timeline as accepted' }).getByRole('img', { name: 'Timeline as accepted' });
    await until(async () => (await picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)) === viewport.width);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Preview: alertmanager.jsonl' }).click();
    const preview = page.getByRole('dialog', { name: 'alertmanager.jsonl' });
    await preview.getByLabel('Start of alertmanager.jsonl').getByText(/"groupKey"/).first().waitFor();
    // The notifications of the uploads close by themselves; the picture is of the preview.
    await until(async () => (await page.locator('.mantine-Notification-root').count()) === 0, 15_000);
    await page.screenshot({ path: join(DOC_SCREENSHOTS, name === 'desktop' ? 'evidence-preview.png' : 'phone-evidence-preview.png') });
    expect(kept.consoles.flatMap((c) => c.unexpected())).toEqual([]);
  });
});
