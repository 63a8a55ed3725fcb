import { type ApiProcess, spawnApi } from '@hindsight/testing';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { tearDown } from './support/teardown';
import { launchBrowser, watchConsole } from './support/browser';

const SCREENSHOTS = join(__dirname, '../../../tmp/screenshots');

describe('Signing in to the dashboard', () => {
  let dir: string;
  let api: ApiProcess;
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hindsight-e2e-'));
    mkdirSync(SCREENSHOTS, { recursive: true });
    api = await spawnApi(join(dir, 'events.sqlite'), { HINDSIGHT_DASHBOARD_DIR: join(__dirname, '../../../dist/apps/dashboard') });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await tearDown({ browser, api, dir });
  });

  it('signs in with the first-start link, stays signed in, and signs out cleanly', async () => {
    const page = await browser.newPage();
    const console = watchConsole(page);

    await page.goto(api.url);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'sign-in.png') });

    await page.getByLabel('API token').fill('hst_0123456789abcdef_not-a-real-secret-not-a-real-secret-123456');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'not accepted' }).waitFor();
    console.allow(/status of 401/);

    await page.goto(`${api.url}/#token=${api.adminToken}`);
    await page.getByRole('banner').getByText('Signed in as').waitFor();
    expect(page.url()).not.toContain('token=');
    expect(await page.getByRole('banner').getByText('Signed in as admin (admin)').count()).toBe(1);

    await page.reload();
    await page.getByRole('banner').getByText('Signed in as').waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();

    expect(console.unexpected()).toEqual([]);
  });

  it('signs in from the keyboard alone', async () => {
    const page = await browser.newPage();
    const console = watchConsole(page);
    await page.goto(api.url);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.type(api.adminToken as string);
    await page.keyboard.press('Enter');
    await page.getByRole('banner').getByText('Signed in as admin').waitFor();
    expect(console.unexpected()).toEqual([]);
  });
});
