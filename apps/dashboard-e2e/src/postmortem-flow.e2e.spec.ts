import { type ApiProcess, createToken, spawnApi } from '@hindsight/testing';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, watchConsole } from './support/browser';
import { EXECUTIVE_SUMMARY, LOOK_ONLY, SCREENSHOTS, VIEWPORTS } from './support/flow-fixtures';
import { communicateTheIncident } from './support/communication-steps';
import { checkPdfExport } from './support/pdf-check';
import { signInPage } from './support/sign-in';
import { tearDown } from './support/teardown';
import { addTimelineEntry, attachEvidence, dialog, field, identifyCause, navigateTo, openTab, pageOverflow, pickName, proposeActionItem, submitDialog, until } from './support/editor-steps';

const LIVE_TIMEOUT = 15_000;

/**
 * The reference incident (an e-commerce sale slowed by a release) written in the dashboard by
 * an editor, watched and edited at the same time by a second editor, approved and published by
 * a reviewer, then audited in the history view; against the built API on a temporary embedded
 * store with the demo data (for the trends).
 */
describe.each(VIEWPORTS)('Writing a postmortem together in the dashboard (%s)', (_name, viewport, prefix) => {
  const shot = (page: Page, file: string, fullPage = false) =>
    page.screenshot({ path: join(prefix === 'tablet-' ? LOOK_ONLY : SCREENSHOTS, `${prefix}${file}`), animations: 'disabled', fullPage });
  let dir: string;
  let api: ApiProcess;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const consoles: ReturnType<typeof watchConsole>[] = [];
  let reportUrl = '';

  const signIn = (token: string): Promise<Page> => signInPage({ browser, url: api.url, viewport }, token, { contexts, consoles });
  let alice: Page;
  let bob: Page;
  let tokens: Record<'alice' | 'bob' | 'rita', string>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hindsight-e2e-'));
    for (const folder of [SCREENSHOTS, LOOK_ONLY]) mkdirSync(folder, { recursive: true });
    const data = join(dir, 'events.sqlite');
    api = await spawnApi(data, { HINDSIGHT_DASHBOARD_DIR: join(__dirname, '../../../dist/apps/dashboard'), HINDSIGHT_DEMO: 'true' });
    tokens = {
      alice: await createToken(data, { name: 'alice@shop.example', roles: ['editor'], teams: ['commerce-platform'] }),
      bob: await createToken(data, { name: 'bob@shop.example', roles: ['editor'], teams: ['commerce-platform'] }),
      rita: await createToken(data, { name: 'rita@shop.example', roles: ['reviewer'], teams: ['commerce-platform'] }),
    };
    browser = await launchBrowser();
    alice = await signIn(tokens.alice);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await tearDown({ browser, api, dir });
  });

  afterEach(async () => {
    for (const console of consoles) expect(console.unexpected()).toEqual([]);
    // Wide content scrolls inside its own box, never the page.
    for (const context of contexts) for (const page of context.pages()) expect(await pageOverflow(page)).toBe(0);
  });

  it('drafts the incident from its facts', async () => {
    await shot(alice, 'reports.png');
    await alice.getByRole('button', { name: 'New postmortem' }).click();
    await submitDialog(
      alice,
      'Draft a postmortem',
      {
        Title: 'Checkout slows to a crawl during the spring sale',
        'select:Severity': 'SEV2',
        Services: 'storefront, checkout, orders-db',
        'Occurred at': '2026-03-14T09:02',
        'Detected at': '2026-03-14T09:19',
        'Mitigated at': '2026-03-14T10:05',
        'Resolved at': '2026-03-14T11:40',
        'Customer impact': 'For 63 minutes checkout took 8–20 s; 31 % of carts were abandoned.',
        Summary: 'Release 4.12 shipped an order-history query without an index.',
      },
      'Create draft',
    );
    await alice.getByRole('heading', { name: 'Checkout slows to a crawl during the spring sale' }).waitFor();
    reportUrl = alice.url();
    expect(reportUrl).toMatch(/\/reports\/[0-9a-f-]{36}\/edit$/);
    expect(await field(alice, 'Team').inputValue()).toBe('commerce-platform');

    const summary = alice.getByRole('form', { name: 'Executive summary' });
    await field(summary, 'Executive summary').fill(EXECUTIVE_SUMMARY);
    await summary.getByRole('button', { name: 'Preview Markdown' }).click();
    await summary.getByText('63 minutes', { exact: false }).locator('xpath=ancestor-or-self::strong').waitFor();
    await summary.getByRole('button', { name: 'Write' }).click();
    await summary.getByRole('button', { name: 'Save summary' }).click();
    await until(() => summary.getByRole('button', { name: 'Save summary' }).isDisabled());
  });

  it('adds evidence, the timeline and the causes', async () => {
    await openTab(alice, /^Evidence/);
    await attachEvidence(alice, 'metric', 'Checkout p99 latency', 'https://grafana.shop.example/d/checkout');
    await attachEvidence(alice, 'log', 'orders-db slow query log', 'https://logs.shop.example/orders-db/slow');

    await openTab(alice, /^Timeline/);
    await addTimelineEntry(alice, '2026-03-14T08:45', 'deploy', 'Release 4.12 deployed with the new order-history query');
    await addTimelineEntry(alice, '2026-03-14T09:02', 'observation', 'Sale opens; checkout p99 climbs from 400 ms to 9 s', ['Checkout p99 latency']);
    await addTimelineEntry(alice, '2026-03-14T09:19', 'detection', 'Support escalates customer complaints; no alert had fired');
    // Entries are kept in time order whatever order they are written in.
    await addTimelineEntry(alice, '2026-03-14T08:30', 'decision', 'Release 4.12 approved for sale morning');
    const firstCells = await alice.getByRole('table', { name: 'Timeline entries' }).locator('tbody tr td:nth-child(3)').allInnerTexts();
    expect(firstCells[0]).toBe('Release 4.12 approved for sale morning');

    await openTab(alice, /^Causes/);
    await identifyCause(alice, 'Causal factors', 'faulty_deployment', 'Release 4.12 went out on sale morning without a load test');
    await identifyCause(alice, 'Causal factors', 'software_bug', 'The order-history query scans the whole orders table', ['orders-db slow query log']);
    await identifyCause(alice, 'Contributing causes', 'missing_monitoring', 'No alert on checkout latency: customers noticed first');
    await shot(alice, 'editor-causes.png');
  });

  it("shows one editor's changes to another live, and settles a same-entry conflict in a dialog", async () => {
    bob = await signIn(tokens.bob);
    await bob.goto(reportUrl);
    await openTab(bob, /^Timeline/);
    await bob.getByRole('cell', { name: 'Support escalates customer complaints; no alert had fired', exact: true }).waitFor();

    await openTab(alice, /^Timeline/);
    await addTimelineEntry(alice, '2026-03-14T10:05', 'action', 'Rollback complete; checkout p99 back to 600 ms');
    await bob.getByRole('cell', { name: 'Rollback complete; checkout p99 back to 600 ms', exact: true }).waitFor({ timeout: LIVE_TIMEOUT });

    // Both open the same entry; Alice starts typing, Bob saves first.
    const entry = 'Edit entry: Support escalates customer complaints; no alert had fired';
    await alice.getByRole('button', { name: entry }).click();
    const edit = dialog(alice, 'Edit timeline entry');
    await edit.getByLabel('What happened').fill('Support escalates complaints 17 minutes in; no alert had fired');
    await bob.getByRole('button', { name: entry }).click();
    await submitDialog(bob, 'Edit timeline entry', { 'What happened': 'Support escalates complaints at 09:19; no alert had fired' }, 'Save entry');
    await alice.getByRole('cell', { name: 'Support escalates complaints at 09:19; no alert had fired', exact: true }).waitFor({ timeout: LIVE_TIMEOUT });
    await edit.getByRole('button', { name: 'Save entry' }).click();
    // The browser logs the 409 it received; that answer is the point of this step.
    consoles[0].allow(/status of 409/);
    const conflict = dialog(alice, 'Someone else changed this');
    await conflict.getByText('bob@shop.example').waitFor();
    expect(await conflict.innerText()).toMatch(/timeline entry revised at revision \d+/);
    await conflict.getByRole('group', { name: 'What happened' }).getByText('Support escalates complaints at 09:19; no alert had fired').waitFor();
    await shot(alice, 'conflict.png');
    await conflict.getByRole('radio', { name: 'Yours' }).check();
    await conflict.getByRole('button', { name: 'Save the merge' }).click();
    await alice.getByRole('cell', { name: 'Support escalates complaints 17 minutes in; no alert had fired', exact: true }).waitFor();
    await bob.getByRole('cell', { name: 'Support escalates complaints 17 minutes in; no alert had fired', exact: true }).waitFor({ timeout: LIVE_TIMEOUT });
  });

  it('shows B the text A saved meanwhile; B discards, saves again, and A’s text survives', async () => {
    const mine = 'Bob’s summary, typed while Alice saved hers';
    const theirs = 'Release 4.12 shipped an order-history query without an index; sale traffic made it scan the orders table.';
    const facts = (page: Page) => page.getByRole('form', { name: 'Incident facts' });
    await openTab(alice, /^Facts/);
    await openTab(bob, /^Facts/);
    await field(facts(bob), 'Summary').fill(mine);
    await field(facts(alice), 'Summary').fill(theirs);
    await facts(alice).getByRole('button', { name: 'Save facts' }).click();
    await until(() => facts(alice).getByRole('button', { name: 'Save facts' }).isDisabled());

    await facts(bob).getByRole('button', { name: 'Save facts' }).click();
    consoles[1].allow(/status of 409/);
    const conflict = dialog(bob, 'Someone else changed this');
    const summary = conflict.getByRole('group', { name: 'Summary' });
    await summary.getByText(theirs).waitFor();
    expect(await summary.innerText()).toContain(mine);
    await shot(bob, 'conflict-merge.png');
    await conflict.getByRole('button', { name: 'Discard my change' }).click();
    await conflict.waitFor({ state: 'detached' });
    await until(async () => (await field(facts(bob), 'Summary').inputValue()) === theirs);

    // Saving again writes only what Bob changes now.
    await field(facts(bob), 'Customer impact').fill('For 63 minutes checkout took 8–20 s; about 4,800 orders lost.');
    await facts(bob).getByRole('button', { name: 'Save facts' }).click();
    await until(async () => (await field(facts(alice), 'Customer impact').inputValue()).startsWith('For 63 minutes checkout took 8–20 s; about'), LIVE_TIMEOUT);
    expect(await field(facts(alice), 'Summary').inputValue()).toBe(theirs);
    await bob.reload();
    await until(async () => (await field(facts(bob), 'Summary').inputValue()) === theirs);
  });

  it('proposes four prioritised action items and plans the communications', async () => {
    await openTab(alice, /^Action items/);
    const items = [
      ['Optimise the order-history query', 'Add the composite index and page the query by date', 'Query p99 under 50 ms at 3× sale traffic', 'prevent', '2026-03-21', 'bob@shop.example', 'person', 'frequent', 'small', 'Software bug: The order-history query scans the whole orders table'],
      ['Load-test every release before peak events', 'Add a load-test stage to the release pipeline', 'Pipeline blocks a release whose p99 regresses by 20 %', 'prevent', '2026-04-30', 'release-engineering', 'team', 'occasional', 'large', 'Faulty deployment: Release 4.12 went out on sale morning without a load test'],
      ['Alert on checkout latency', 'Page on checkout p99 over 2 s for 3 minutes', 'A replay of 14 March pages within 5 minutes', 'detect', '2026-03-31', 'sre', 'team', 'occasional', 'medium', 'Missing monitoring: No alert on checkout latency: customers noticed first'],
      ['Train responders on database runbooks', 'Quarterly game day on slow-query incidents', 'Every on-call engineer has run the game day once', 'process', '2026-06-30', 'carol@shop.example', 'person', 'rare', 'medium', 'Missing monitoring: No alert on checkout latency: customers noticed first'],
    ];
    for (const [title, description, successCriteria, type, due, owner, ownerKind, frequency, effort, cause] of items) {
      await proposeActionItem(alice, { title, description, successCriteria, type, due, owner, ownerKind, frequency, effort, causes: [cause] });
    }
    // The bands are read as of the report's own position, so they follow the last proposal
    // without a reload: wait for the table to settle, then check it.
    // The bands are read in the same moment their order is checked.
    const settled = await alice.waitForFunction(() => {
      const shown = Array.from(document.querySelectorAll<HTMLElement>('table[aria-label="Action items"] tbody tr td:first-child'), (td) => td.innerText);
      return shown.length === 4 && shown[0] === 'P0' && shown.join() === [...shown].sort().join() && shown;
    }, undefined, { timeout: 10_000 });
    const bands = (await settled.jsonValue()) as string[];
    // Highest priority first; the bands also weigh how often the demo history saw these causes.
    expect(bands).toHaveLength(4);
    expect(bands[0]).toBe('P0');
    expect([...bands].sort()).toEqual(bands);
    await shot(alice, 'editor-action-items.png');

    await openTab(alice, /^Communications/);
    await communicateTheIncident(alice);
  });

  it('is submitted, approved and published', async () => {
    await openTab(alice, /^Review/);
    await alice.getByRole('button', { name: 'Submit for review' }).click();
    await alice.getByText('A reviewer approves it or sends it back').waitFor();

    const rita = await signIn(tokens.rita);
    await rita.goto(reportUrl);
    await openTab(rita, /^Review/);
    await rita.getByRole('button', { name: 'Approve' }).click();
    await submitDialog(rita, 'Approve', { Reason: 'Causes are well evidenced; actions are owned and dated' }, 'Approve');
    await rita.getByRole('button', { name: 'Publish' }).click();
    await submitDialog(rita, 'Publish', { Reason: 'Reviewed with support', 'Public summary': 'On 14 March checkout was slow for about an hour during our spring sale.' }, 'Publish');
    await rita.getByText('Published. Action items are followed up').waitFor();
    // The editor's screen follows without a reload.
    await alice.getByText('Published. Action items are followed up').waitFor({ timeout: LIVE_TIMEOUT });
  });

  it('reads as a report, prints without the frame, and exports a PDF with the Markdown rendered', async () => {
    await alice.goto(reportUrl.replace(/\/edit$/, ''));
    const summary = alice.getByRole('region', { name: 'Executive summary' });
    await summary.locator('strong').first().waitFor();
    expect(await summary.innerText()).not.toContain('**');
    await alice.getByRole('list', { name: 'Key durations' }).getByRole('listitem', { name: 'Time to detect: 17 min' }).waitFor();
    await shot(alice, 'read-view.png', true);
    await alice.emulateMedia({ media: 'print' });
    expect(await alice.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    await shot(alice, 'print.png', true);
    await alice.emulateMedia({ media: 'screen' });

    const reportId = reportUrl.match(/reports\/([0-9a-f-]{36})/)?.[1] as string;
    await checkPdfExport({ url: api.url, token: tokens.alice, reportId, dir, ...(prefix ? {} : { pictureTo: join(SCREENSHOTS, 'pdf') }) });
  });

  it('steps back through the history to an earlier revision and shows the report as it stood', async () => {
    await alice.getByRole('link', { name: 'History and audit' }).click();
    await alice.getByText(/Hash chain verified: \d+ events/).waitFor();
    await alice.getByText(/submitted the report for review/).first().waitFor();
    // Revision 4: the draft with its executive summary, two pieces of evidence and one timeline entry.
    await alice.getByRole('button', { name: 'Show revision 4' }).click();
    await alice.getByRole('heading', { name: 'The report at revision 4' }).waitFor();
    const timeline = alice.getByRole('list', { name: 'Timeline at this revision' });
    await timeline.getByText('Release 4.12 deployed with the new order-history query').waitFor();
    expect(await timeline.getByRole('listitem').count()).toBe(1);
    expect(await alice.getByText('Changes').locator('..').locator('..').innerText()).toContain('Added to Timeline: Release 4.12 deployed');
    await shot(alice, 'history.png');
    // The revision shown is in the address: a reload or a shared link shows the same one.
    expect(alice.url()).toMatch(/[?&]revision=4\b/);
    await alice.reload();
    await alice.getByRole('heading', { name: 'The report at revision 4' }).waitFor();
    // A change reads in the editor's words, values as the report shows them.
    await alice.getByRole('row').filter({ hasText: 'revised the incident facts' }).first().getByRole('button').click();
    const changes = alice.getByRole('heading', { name: 'Changes' }).locator('xpath=../..');
    await changes.getByText(/^Customer impact:/).waitFor();
    expect(await changes.innerText()).not.toMatch(/customerImpact|occurredAt/);
    await alice.getByLabel('Compare with revision').selectOption('3');
    await alice.waitForURL(/since=3/);
  });

  it('shows the action items of every report, highest priority first', async () => {
    await navigateTo(alice, 'Action items');
    const board = alice.getByRole('table', { name: 'Action items across reports' });
    const column = (n: number) => board.locator(`tbody tr td:nth-child(${n})`).allInnerTexts();
    // Open items first, by priority.
    await alice.getByText(/^[1-9][\d,]* action items, [\d,]+ overdue$/).waitFor();
    await field(alice, 'Status').selectOption('open');
    await until(async () => (await column(6)).every((status) => status === 'OPEN'));
    const bands = (await column(1)).map((cell) => cell.slice(0, 2));
    expect([...bands].sort()).toEqual(bands);
    // Owners match by any part of the name, whatever its case.
    await field(alice, 'Owner').fill('CAROL');
    await board.getByText('Train responders on database runbooks').first().waitFor();
    await field(alice, 'Owner').fill('');
    await field(alice, 'Owner').blur();
    // Teams are picked from the names the reports use.
    await pickName(alice, 'Team', 'COMMERCE', 'commerce-platform');
    await alice.waitForURL(/team=commerce-platform/);
    await until(async () => (await column(3)).length > 0);
    await alice.getByRole('button', { name: 'Due' }).click();
    await alice.waitForURL(/sort=due/);
    await until(async () => {
      const due = (await column(5)).map((cell) => cell.slice(0, 10));
      return due.length > 1 && due.join() === [...due].sort().join();
    }, LIVE_TIMEOUT);
    await field(alice, 'Status').selectOption('');
    await alice.getByLabel('Only overdue').click();
    await alice.waitForURL(/overdue=true/);
    // Every item listed is overdue once the filtered list arrives.
    await alice.getByText(/^([1-9]\d*) action items?, \1 overdue$/).waitFor();
    const rows = await board.locator('tbody tr').count();
    expect(await board.getByText('Overdue', { exact: true }).count()).toBe(rows);
    await shot(alice, 'action-items.png');
  });
});
