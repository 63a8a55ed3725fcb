import { type ApiProcess, spawnApi } from '@hindsight/testing';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { tearDown } from './support/teardown';
import { launchBrowser, watchConsole } from './support/browser';
import { pageOverflow, truncatedBadges, until } from './support/editor-steps';
import { tabTo } from './support/keyboard';

/** The main pages pass an automated accessibility check, and the editor works from the keyboard alone. */
describe('Accessibility of the dashboard', () => {
  let dir: string;
  let api: ApiProcess;
  let browser: Browser;
  let page: Page;
  let phone: Page;
  let browserConsole: ReturnType<typeof watchConsole>;
  let phoneConsole: ReturnType<typeof watchConsole>;
  let draft: string;
  let published: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hindsight-e2e-'));
    api = await spawnApi(join(dir, 'events.sqlite'), { HINDSIGHT_DASHBOARD_DIR: join(__dirname, '../../../dist/apps/dashboard'), HINDSIGHT_DEMO: 'true' });
    const call = async (method: string, path: string, body?: object) => {
      const response = await fetch(`${api.url}/api${path}`, {
        method,
        headers: { authorization: `Bearer ${api.adminToken}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body && JSON.stringify(body),
      });
      return (await response.json()) as { id: string; items: { id: string }[] };
    };
    // The demo history loads in the background after start: wait for its published reports.
    for (let tries = 0; !published; tries++) {
      published = (await call('GET', '/postmortems?status=published&limit=1')).items[0]?.id;
      if (!published && tries > 100) throw new Error('the demo data never appeared');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    ({ id: draft } = await call('POST', '/postmortems', {
      title: 'Search results empty after an index swap',
      severity: 'SEV3',
      services: ['search'],
      team: 'search',
      occurredAt: '2026-11-02T14:00:00Z',
    }));
    await call('POST', `/postmortems/${draft}/evidence`, { kind: 'log', title: 'Indexer log', url: 'https://logs.example.com/indexer' });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    browserConsole = watchConsole(page);
    await page.goto(`${api.url}/#token=${api.adminToken}`);
    await page.getByRole('heading', { name: 'Postmortems' }).waitFor();
    phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    phoneConsole = watchConsole(phone);
    await phone.goto(`${api.url}/#token=${api.adminToken}`);
    await phone.getByRole('heading', { name: 'Postmortems' }).waitFor();
  });

  afterAll(async () => {
    await tearDown({ browser, api, dir });
  });

  afterEach(() => {
    expect(browserConsole.unexpected()).toEqual([]);
    expect(phoneConsole.unexpected()).toEqual([]);
  });

  // Each page with what shows its data has arrived (the live-update stream keeps the network busy).
  const pages: [string, () => string, (page: Page) => Promise<void>][] = [
    ['the report list', () => '/', (p) => p.getByText(/^[1-9][\d,]* reports$/).waitFor()],
    ['the read view', () => `/reports/${published}`, (p) => p.getByRole('list', { name: 'Key durations' }).waitFor()],
    ['the editor', () => `/reports/${draft}/edit`, (p) => p.getByRole('button', { name: 'Save facts' }).waitFor()],
    ['the history', () => `/reports/${published}/history`, (p) => p.getByText(/Hash chain verified/).waitFor()],
    ['the action-item board', () => '/action-items', (p) => p.getByText(/^[1-9][\d,]* action items/).waitFor()],
    ['the trends', () => '/trends', (p) => p.locator('.recharts-surface').nth(3).waitFor()],
  ];

  const widths = pages.flatMap(([name, path, loaded]) => (['desktop', 'phone'] as const).map((width) => [name, width, path, loaded] as const));

  it.each(widths)('finds no serious violations on %s (%s); the page never scrolls sideways and no badge is cut', async (_, width, path, loaded) => {
    const at = width === 'phone' ? phone : page;
    await at.goto(`${api.url}${path()}`);
    await loaded(at);
    expect(await seriousViolations(at)).toEqual([]);
    expect(await pageOverflow(at)).toBe(0);
    expect(await truncatedBadges(at)).toEqual([]);
  });

  it('keeps the navigation behind a menu button on a phone, so the report list can be used', async () => {
    await phone.goto(`${api.url}/`);
    const navigation = phone.getByRole('navigation', { name: 'Main' });
    const offScreen = async () => {
      const box = await navigation.boundingBox();
      return box === null || box.x + box.width <= 0;
    };
    await until(offScreen);
    await phone.getByRole('button', { name: 'Open the menu' }).click();
    await navigation.getByRole('link', { name: 'Trends' }).click();
    await phone.getByRole('heading', { name: 'Trends' }).waitFor();
    await until(offScreen);
    await phone.getByRole('button', { name: 'Open the menu' }).click();
    await navigation.getByRole('link', { name: 'Postmortems' }).click();
    const first = phone.getByRole('table', { name: 'Reports' }).getByRole('link').first();
    const title = await first.innerText();
    await first.click();
    await phone.getByRole('heading', { level: 1, name: title }).waitFor();
  });

  it('lets an editor add a timeline entry and revise the facts with the keyboard alone', async () => {
    await page.goto(`${api.url}/reports/${draft}/edit`);
    const title = await page.getByRole('heading', { level: 1 }).innerText();

    // Tabs are one stop: the arrow keys move between them.
    await tabTo(page, 'Facts');
    await page.keyboard.press('ArrowRight');
    await tabTo(page, 'Add entry');
    await page.keyboard.press('Enter');
    const form = page.getByRole('dialog', { name: 'Add timeline entry' });
    await form.waitFor();
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-autofocus') === true);
    // The time starts at the incident's start; the kind is a native select: arrows choose.
    await tabTo(page, 'Kind');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
    expect(await page.getByRole('dialog').getByLabel('Kind').inputValue()).toBe('escalation');
    await tabTo(page, 'What happened');
    await page.keyboard.type('Escalated to the database on-call by keyboard');
    await tabTo(page, 'Add entry');
    await page.keyboard.press('Enter');
    await form.waitFor({ state: 'detached' });
    const row = page.getByRole('row').filter({ hasText: 'Escalated to the database on-call by keyboard' });
    await row.waitFor();
    expect(await row.innerText()).toContain('Escalation');

    await tabTo(page, /^Timeline \(\d+\)$/, { backwards: true });
    await page.keyboard.press('ArrowLeft');
    await tabTo(page, 'Title');
    await page.keyboard.press('End');
    await page.keyboard.type(' (keyboard)');
    await tabTo(page, 'Save facts');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: `${title} (keyboard)` }).waitFor();
  });
});
