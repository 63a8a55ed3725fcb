import { type ApiProcess, spawnApi, TestMailServer, TestWebhookReceiver } from '@hindsight/testing';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, type watchConsole } from './support/browser';
import { openTab, submitDialog, until } from './support/editor-steps';
import { SCREENSHOTS as DOC_SCREENSHOTS } from './support/flow-fixtures';
import { signInPage } from './support/sign-in';

const SCREENSHOTS = join(__dirname, '../../../tmp/screenshots');
const SECRET = `whsec_${Buffer.alloc(32, 3).toString('base64')}`;
const VIEWPORTS = [
  ['desktop', { width: 1440, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const;

/** A customer notice sent from the dashboard: delivered by the outbox to a real mail server and a real webhook receiver. */
describe('Sending a customer notice from the dashboard', () => {
  let dir: string;
  let api: ApiProcess;
  let browser: Browser;
  let mail: TestMailServer;
  let hooks: TestWebhookReceiver;
  const kept = { contexts: [] as BrowserContext[], consoles: [] as ReturnType<typeof watchConsole>[] };

  const call = async (method: string, path: string, body?: unknown) =>
    (await fetch(`${api.url}/api${path}`, { method, headers: { authorization: `Bearer ${api.adminToken}`, 'content-type': 'application/json' }, body: JSON.stringify(body) })).json() as Promise<{ id: string }>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hindsight-e2e-communications-'));
    mkdirSync(SCREENSHOTS, { recursive: true });
    [mail, hooks] = await Promise.all([TestMailServer.start(), TestWebhookReceiver.start(SECRET)]);
    writeFileSync(join(dir, 'webhooks.json'), JSON.stringify({ 'status-relay': { url: hooks.url, secret: SECRET } }));
    api = await spawnApi(join(dir, 'events.sqlite'), {
      HINDSIGHT_DASHBOARD_DIR: join(__dirname, '../../../dist/apps/dashboard'),
      HINDSIGHT_SMTP_URL: mail.url,
      HINDSIGHT_MAIL_FROM: 'Shop status <status@shop.example>',
      HINDSIGHT_WEBHOOKS_FILE: join(dir, 'webhooks.json'),
      HINDSIGHT_OUTBOX_POLL_MS: '200',
      HINDSIGHT_DEMO: 'true',
      HINDSIGHT_ORGANISATION: 'Shop',
    });
    // The demo history has published reports with public summaries: the status page shows them.
    await until(async () => (await (await fetch(`${api.url}/status/feed.json`)).json()).items.length > 10, 60_000);
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    api?.child.kill('SIGTERM');
    await Promise.all([api?.exited, mail?.close(), hooks?.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(VIEWPORTS)('is written, sent and shown delivered, mail and webhook received once (%s)', async (name, viewport) => {
    const report = await call('POST', '/postmortems', { title: `Checkout slowdown during the spring sale (${name})`, severity: 'SEV2', services: ['checkout'], team: 'commerce-platform', occurredAt: '2026-03-14T09:02:00Z' });
    const customers = await call('POST', `/postmortems/${report.id}/stakeholders`, { name: 'Shoppers', group: 'customer', channel: 'email', email: `shoppers-${name}@shop.example`, webhook: 'status-relay' });
    const summary = 'Checkout was slow between 09:02 and 10:05 UTC; orders placed then went through and nothing needs doing.';
    await call('POST', `/postmortems/${report.id}/communications`, { stakeholderIds: [customers.id], channel: 'email', summary });

    const page = await signInPage({ browser, url: api.url, viewport }, api.adminToken as string, kept);
    await page.goto(`${api.url}/reports/${report.id}/edit`);
    await openTab(page, /^Communications/);
    // It reaches customers: a reviewer approves its text first (the admin may).
    await page.getByRole('button', { name: `Approve: ${summary}` }).click();
    await page.getByRole('button', { name: `Send: ${summary}` }).click();
    await page.getByRole('dialog', { name: 'Send communication' }).getByText(`Shoppers: shoppers-${name}@shop.example`).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-communication-send.png`) });
    await submitDialog(page, 'Send communication', { Subject: 'Slow checkout on 14 March: resolved' }, 'Send');

    const deliveries = page.getByRole('list', { name: 'Deliveries' });
    await deliveries.getByText(`shoppers-${name}@shop.example`).waitFor();
    await page.waitForFunction(() => (document.querySelector('[aria-label="Deliveries"]')?.textContent?.match(/delivered/g) ?? []).length === 2, undefined, { timeout: 15_000 });
    await page.getByText('Sent', { exact: true }).first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-communication-sent.png`) });

    expect(mail.received.filter((m) => m.to.includes(`shoppers-${name}@shop.example`)).map((m) => [m.subject, m.text.trim()])).toEqual([['Slow checkout on 14 March: resolved', summary]]);
    const hook = hooks.received.filter((h) => (h.body['data'] as { postmortemId: string }).postmortemId === report.id);
    expect(hook.map((h) => h.verified)).toEqual([true]);
    expect(kept.consoles.flatMap((c) => c.unexpected())).toEqual([]);
  });

  it.each(VIEWPORTS)('shows the public status page without signing in (%s)', async (name, viewport) => {
    const context = await browser.newContext({ viewport, timezoneId: 'UTC', locale: 'en-GB' });
    kept.contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${api.url}/status`);
    await page.getByRole('heading', { name: 'Shop status' }).waitFor();
    await page.getByRole('heading', { name: 'Recent incidents' }).waitFor();
    expect(await page.getByRole('article').count()).toBeGreaterThan(10);
    await page.screenshot({ path: join(DOC_SCREENSHOTS, name === 'desktop' ? 'status-page.png' : 'phone-status-page.png') });
    await page.getByRole('link', { name: 'checkout', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Shop status: checkout' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });

  it.each(VIEWPORTS)('shows a major incident\'s DORA deadlines, and the on-time rate in the trends (%s)', async (name, viewport) => {
    const { items } = (await (await fetch(`${api.url}/api/postmortems?severity=SEV1&limit=1`, { headers: { authorization: `Bearer ${api.adminToken}` } })).json()) as { items: { id: string }[] };
    const page = await signInPage({ browser, url: api.url, viewport }, api.adminToken as string, kept);
    await page.goto(`${api.url}/reports/${items[0]?.id}/edit`);
    await openTab(page, /^Communications/);
    const table = page.getByRole('table', { name: 'Regulatory deadlines' });
    await table.getByText('Initial notification').waitFor();
    expect(await table.getByRole('row').count()).toBe(4);
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-regulatory-deadlines.png`) });
    await page.goto(`${api.url}/trends`);
    const card = page.getByRole('table', { name: 'Regulatory deadlines met' });
    await card.getByText('EU DORA: major ICT-related incident').waitFor();
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-regulatory-trends.png`) });
    expect(kept.consoles.flatMap((c) => c.unexpected())).toEqual([]);
  });

  it.each(VIEWPORTS)('drafts, approves and sends the review meeting, the customer notice and the status-page summary (%s)', async (name, viewport) => {
    const report = await call('POST', '/postmortems', { title: `Checkout outage, review ${name}`, severity: 'SEV2', services: ['checkout'], team: 'commerce-platform', occurredAt: '2026-03-14T09:02:00Z', resolvedAt: '2026-03-14T10:05:00Z', customerImpact: 'Orders failed for an hour.' });
    await call('POST', `/postmortems/${report.id}/causes`, { level: 'causal_factor', category: 'faulty_deployment', description: 'Release 4.12 skipped the canary', evidenceIds: [], timelineEntryIds: [] });
    await call('POST', `/postmortems/${report.id}/stakeholders`, { name: 'Support', group: 'internal', channel: 'internal_meeting', email: `support-${name}@shop.example` });
    await call('POST', `/postmortems/${report.id}/stakeholders`, { name: 'Shoppers', group: 'customer', channel: 'email', email: `buyers-${name}@shop.example`, webhook: 'status-relay' });
    const page = await signInPage({ browser, url: api.url, viewport }, api.adminToken as string, kept);
    await page.goto(`${api.url}/reports/${report.id}/edit`);
    await openTab(page, /^Communications/);
    const plan = async (to: string, channel: string, draft: string, more: Record<string, string> = {}) => {
      await page.getByRole('button', { name: 'Plan communication' }).click();
      const dialog = page.getByRole('dialog', { name: 'Plan a communication' });
      await dialog.getByLabel(to).check();
      await dialog.getByLabel('Channel').selectOption(channel);
      await dialog.getByLabel('Start from a draft').selectOption(draft);
      await until(async () => (await dialog.getByLabel('Summary').inputValue()).length > 20);
      await submitDialog(page, 'Plan a communication', more, 'Plan');
    };
    const send = async (summary: RegExp, approve: boolean) => {
      if (approve) await page.getByRole('button', { name: new RegExp(`^Approve: ${summary.source}`) }).click();
      await page.getByRole('button', { name: new RegExp(`^Send: ${summary.source}`) }).click();
      await submitDialog(page, 'Send communication', {}, 'Send');
    };
    await plan('Support (Internal)', 'internal_meeting', 'meeting-agenda', { 'Planned for': '2027-03-16T14:00', 'Length (minutes)': '45', Place: 'Room 4.12' });
    await send(/Review of/, false);
    await plan('Shoppers (Customer)', 'email', 'customer-notice');
    await send(/Dear customer/, true);
    await plan('Shoppers (Customer)', 'status_page', 'status-summary');
    await send(/checkout: resolved/, true);
    await until(async () => (await page.getByText('delivered', { exact: false }).count()) >= 5, 20_000);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-communication-scenario.png`), fullPage: true });

    const to = (address: string) => mail.received.filter((m) => m.to.includes(address));
    expect(to(`support-${name}@shop.example`).map((m) => m.text.split('\n')[0])).toEqual([`Review of Checkout outage, review ${name} (SEV2)`]);
    expect(to(`buyers-${name}@shop.example`).map((m) => m.text.split('\n')[0]).sort()).toEqual(['Dear customer,', expect.stringMatching(/^checkout: resolved\./)].sort());
    for (const m of to(`buyers-${name}@shop.example`)) expect(m.text).not.toContain('canary');
    expect(hooks.received.filter((h) => (h.body['data'] as { postmortemId: string }).postmortemId === report.id).map((h) => h.verified)).toEqual([true, true]);
  });
});
