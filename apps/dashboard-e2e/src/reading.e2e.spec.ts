import { type ApiProcess, spawnApi } from '@hindsight/testing';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { tearDown } from './support/teardown';
import { launchBrowser, watchConsole } from './support/browser';
import { field, until } from './support/editor-steps';
import { SCREENSHOTS } from './support/flow-fixtures';

/** The reader's own settings and paths through the demo history: the zone times are read in, a trend's bar opening its incidents. */
const VIEWPORTS = [
  ['desktop', { width: 1440, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const;

/** How the dashboard writes an instant for an English (UK) reader in a zone. */
const written = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(new Date(iso));

describe.each(VIEWPORTS)('Reading the demo history (%s)', (_name, viewport) => {
  let dir: string;
  let api: ApiProcess;
  let browser: Browser;
  let sale: { id: string; occurredAt: string };
  const consoles: ReturnType<typeof watchConsole>[] = [];

  const open = async (path: string, timezoneId: string): Promise<Page> => {
    const page = await (await browser.newContext({ viewport, timezoneId, locale: 'en-GB' })).newPage();
    consoles.push(watchConsole(page));
    await page.goto(`${api.url}${path}#token=${api.adminToken}`);
    return page;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hindsight-e2e-'));
    api = await spawnApi(join(dir, 'events.sqlite'), { HINDSIGHT_DASHBOARD_DIR: join(__dirname, '../../../dist/apps/dashboard'), HINDSIGHT_DEMO: 'true' });
    // The demo history loads in the background after start: wait for the spring-sale review.
    for (let tries = 0; !sale; tries++) {
      const response = await fetch(`${api.url}/api/postmortems?q=spring%20sale`, { headers: { authorization: `Bearer ${api.adminToken}` } });
      sale = ((await response.json()) as { items: { id: string; occurredAt: string }[] }).items[0];
      if (!sale && tries > 100) throw new Error('the demo data never appeared');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await tearDown({ browser, api, dir });
  });

  afterEach(() => {
    for (const console of consoles) expect(console.unexpected()).toEqual([]);
  });

  it("shows times in the reader's zone with the zone named, or in UTC when asked", async () => {
    const reader = await open(`/reports/${sale.id}`, 'Asia/Kolkata');
    const timeline = reader.getByRole('region', { name: /^Timeline/ });
    await timeline.getByText(written(sale.occurredAt, 'Asia/Kolkata')).first().waitFor();
    expect(written(sale.occurredAt, 'Asia/Kolkata')).toContain('GMT+5:30');
    const menu = reader.getByRole('button', { name: 'Open the menu' });
    if (await menu.isVisible()) await menu.click();
    await reader.getByText('UTC', { exact: true }).click();
    await timeline.getByText(written(sale.occurredAt, 'UTC')).first().waitFor();
    expect(await reader.evaluate(() => localStorage.getItem('hindsight.times'))).toBe('UTC');
    await reader.context().close();
  });

  it("opens exactly a trend bar's incidents from the chart", async () => {
    const analyst = await open('/trends', 'UTC');
    const byService = analyst.getByRole('region', { name: 'Time to resolve by service' });
    const bars = byService.locator('.recharts-bar-rectangle path');
    await bars.first().waitFor();
    // The widest bar, once the bars have stopped growing in: a short one may be narrower than a finger.
    const areasOf = () => bars.evaluateAll((paths) => paths.map((path) => path.getBoundingClientRect().width * path.getBoundingClientRect().height));
    let areas: number[] = [];
    await until(async () => {
      const before = await areasOf();
      await new Promise((resolve) => setTimeout(resolve, 400));
      areas = await areasOf();
      return areas.length > 0 && JSON.stringify(before) === JSON.stringify(areas);
    }, 10_000);
    await bars.nth(areas.indexOf(Math.max(...areas))).click();
    await analyst.waitForURL(/\/\?service=[^&]+&exact=true/);
    const service = new URL(analyst.url()).searchParams.get('service') ?? '';
    await analyst.getByRole('heading', { name: 'Postmortems' }).waitFor();
    await until(async () => {
      const services = await analyst.getByRole('table', { name: 'Reports' }).locator('tbody tr td:nth-child(5)').allInnerTexts();
      return services.length > 0 && services.every((cell) => cell.split(', ').includes(service));
    });
    await analyst.context().close();
  });
  it('draws the trends of the demo incidents, and refuses an inverted range in words', async () => {
    const alice = await open('/trends', 'UTC');
    await alice.getByText(/[1-9][\d,]* incidents in \d+ months/).waitFor();
    await alice.locator('.recharts-surface').nth(6).waitFor();
    expect(await alice.getByRole('region').filter({ has: alice.locator('.recharts-surface') }).count()).toBe(7);
    await alice.screenshot({ path: join(SCREENSHOTS, `${_name === 'phone' ? 'phone-' : ''}trends.png`), animations: 'disabled' });
    // An inverted range is refused in words, not answered with a count.
    await field(alice, 'From').fill('2026-06-01');
    await field(alice, 'To').fill('2026-01-01');
    await alice.getByRole('alert').filter({ hasText: 'must be after' }).waitFor();
    expect(await alice.getByText(/incidents? in \d+ months?/).count()).toBe(0);
    await field(alice, 'To').fill('');
    await field(alice, 'From').fill('');
  });
});
