import { SqliteEventStore } from '@hindsight/event-store';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ApiUnderTest, startApi } from '../testing/api-under-test';
import { runEcommerceSale } from '../testing/ecommerce-sale.scenario';

const VERIFY = join(__dirname, '../../../../dist/tools/verify.js');

describe('Tamper evidence', () => {
  let api: ApiUnderTest;
  let dir: string;
  beforeAll(async () => {
    api = await startApi();
    dir = mkdtempSync(join(tmpdir(), 'hindsight-bundle-'));
  });
  afterAll(async () => {
    await api.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const seedReport = async () =>
    (
      await runEcommerceSale(api.send, {
        editor: api.token('alice@shop.example', ['editor'], ['commerce-platform']),
        reviewer: api.token('dana@shop.example', ['reviewer'], ['commerce-platform']),
      })
    ).postmortemId;

  /** Edits the stored event at `revision` directly in SQLite, as someone with file access could. */
  const tamper = (postmortemId: string, sql: string, revision: number, ...params: unknown[]) => {
    const store = SqliteEventStore.open(api.databasePath);
    store.database.defaultSafeIntegers(false);
    store.database.prepare(sql).run(...params, `postmortem-${postmortemId}`, revision);
    void store.close();
  };

  const verify = async (postmortemId: string) => (await api.as('auditor', ['auditor'], [])('GET', `/api/postmortems/${postmortemId}/verify`)).body;
  const verifyStore = async () => (await api.as('auditor', ['auditor'], [])('GET', '/api/audit/verify')).body;

  it('passes on untouched data', async () => {
    const id = await seedReport();
    expect(await verify(id)).toMatchObject({ valid: true, events: expect.any(Number) });
    expect(await verifyStore()).toMatchObject({ valid: true, broken: [] });
  });

  it.each([
    ['a changed payload', "UPDATE events SET data = json_set(data, '$.description', 'Nothing to see here') WHERE stream_id = ? AND revision = ?", [], 7, /content/],
    ['a changed actor', "UPDATE events SET metadata = json_set(metadata, '$.actor', 'mallory@shop.example') WHERE stream_id = ? AND revision = ?", [], 12, /content/],
    ['a deleted event', 'DELETE FROM events WHERE stream_id = ? AND revision = ?', [], 9, /expected revision 9/],
  ])('detects %s at exactly that event', async (_, sql, params, revision, reason) => {
    const id = await seedReport();
    tamper(id, sql, revision, ...params);
    expect(await verify(id)).toMatchObject({ valid: false, brokenAt: revision + (sql.startsWith('DELETE') ? 1 : 0), reason: expect.stringMatching(reason) });
    const store = await verifyStore();
    expect(store.valid).toBe(false);
    expect(store.broken).toContainEqual(expect.objectContaining({ streamId: `postmortem-${id}`, revision: revision + (sql.startsWith('DELETE') ? 1 : 0) }));
  });

  it('detects two events swapped in order at the first of them', async () => {
    const id = await seedReport();
    const store = SqliteEventStore.open(api.databasePath);
    store.database.defaultSafeIntegers(false);
    const swap = store.database.transaction(() => {
      const stream = `postmortem-${id}`;
      store.database.prepare('UPDATE events SET revision = -1 WHERE stream_id = ? AND revision = 4').run(stream);
      store.database.prepare('UPDATE events SET revision = 4 WHERE stream_id = ? AND revision = 5').run(stream);
      store.database.prepare('UPDATE events SET revision = 5 WHERE stream_id = ? AND revision = -1').run(stream);
    });
    swap();
    await store.close();
    expect(await verify(id)).toMatchObject({ valid: false, brokenAt: 4 });
  });

  it('exports a signed bundle that verifies offline on another path with no database but the log\'s public key, and fails after one byte changes', async () => {
    const id = await seedReport();
    const response = await fetch(`${api.url}/api/postmortems/${id}/export/bundle`, { headers: { authorization: `Bearer ${api.token('auditor', ['auditor'], [])}` } });
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="hindsight-.*\.audit\.jsonl"/);
    const bundle = join(dir, 'elsewhere', 'report.audit.jsonl');
    execFileSync('mkdir', ['-p', join(dir, 'elsewhere')]);
    writeFileSync(bundle, Buffer.from(await response.arrayBuffer()));

    const keys = join(dir, 'elsewhere', 'log-keys.txt');
    writeFileSync(keys, await (await fetch(`${api.url}/.well-known/hindsight-log-keys`)).text());
    const ok = execFileSync(process.execPath, [VERIFY, bundle, '--keys', keys], { cwd: dir, encoding: 'utf8' });
    expect(ok).toMatch(/^Valid: \d+ events of postmortem-/);
    expect(ok).toMatch(/Every event is in the log hindsight\.local\/log-[0-9a-f]{8} as its checkpoint of \d+ events signs it/);
    const { body } = await api.as('erin-auditor', ['auditor'], [])('GET', '/api/audit/exports');
    expect(body.exports[0]).toMatchObject({ format: 'bundle', digest: createHash('sha256').update(readFileSync(bundle)).digest('hex'), checkpoint: { size: expect.any(Number) } });

    const bytes = readFileSync(bundle);
    const at = bytes.indexOf('Optimise the order-history query');
    bytes[at] = 'o'.charCodeAt(0);
    writeFileSync(bundle, bytes);
    expect(() => execFileSync(process.execPath, [VERIFY, bundle, '--keys', keys], { cwd: dir, stdio: 'pipe' })).toThrow(/INVALID: chain broken at revision \d+: content does not match its hash/);
  });

  it('exports a reason a spreadsheet would run as a formula as plain text (OWASP CSV injection)', async () => {
    const id = await seedReport();
    const reviewer = api.as('dana@shop.example', ['reviewer'], ['commerce-platform']);
    const { status } = await reviewer('POST', `/api/postmortems/${id}/reopen`, { reason: '=HYPERLINK("http://x")' });
    expect(status).toBe(200);
    const csv = await (await fetch(`${api.url}/api/postmortems/${id}/export/history.csv`, { headers: { authorization: `Bearer ${api.token('erin-auditor', ['auditor'], [])}` } })).text();
    const last = csv.trim().split('\n').at(-1) as string;
    expect(last).toContain(`'=HYPERLINK(""http://x"")`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it('serves Markdown, PDF and CSV, and records every export with who made it', async () => {
    const id = await seedReport();
    const auditor = api.token('erin-auditor', ['auditor'], []);
    const get = (path: string) => fetch(`${api.url}/api/postmortems/${id}/export/${path}`, { headers: { authorization: `Bearer ${auditor}` } });
    const markdown = await (await get('markdown?asOf=20')).text();
    expect(markdown).toMatch(/^# Checkout slows to a crawl during the spring sale\n\n_Report .*, revision 20, as of /);
    expect(markdown).toContain('| Severity | SEV2 |');
    const pdf = Buffer.from(await (await get('pdf')).arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const csv = await (await get('history.csv')).text();
    expect(csv.split('\n')[0]).toBe('revision,timestamp,actor,event,reason,summary,hash');
    const { body } = await api.as('erin-auditor', ['auditor'], [])('GET', '/api/audit/exports');
    expect(body.exports.slice(0, 3).map((e: { format: string; actor: string; revision: number }) => [e.format, e.actor])).toEqual([
      ['csv', 'erin-auditor'],
      ['pdf', 'erin-auditor'],
      ['markdown', 'erin-auditor'],
    ]);
    expect(body.exports[2].revision).toBe(20);
    // Earlier tests tampered with reports in this store; the export log itself is intact.
    expect((await verifyStore()).broken.map((b: { streamId: string }) => b.streamId)).not.toContain('audit-exports');
  });
});
