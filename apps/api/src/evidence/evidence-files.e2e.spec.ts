import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { verifyBundle } from '@hindsight/audit';
import { parseVerifierKey } from '@hindsight/transparency';
import { type ApiUnderTest, startApi } from '../testing/api-under-test';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5a1d6b10000000049454e44ae426082', 'hex');
const team = 'commerce-platform';
const VERIFY_CLI = join(__dirname, '../../../../dist/tools/verify.js');

describe('The evidence locker over HTTP', () => {
  let api: ApiUnderTest;
  let reportId: string;
  const token = () => api.token('alice@shop.example', ['editor'], [team]);
  const upload = async (query: string, body: Buffer) => {
    const response = await fetch(`${api.url}/api/postmortems/${reportId}/evidence/files?${query}`, { method: 'POST', headers: { authorization: `Bearer ${token()}`, 'content-type': 'application/octet-stream' }, body });
    return { status: response.status, body: (await response.json()) as { id: string; file: { sha256: string; mediaType: string }; status?: number; detail?: string } };
  };
  const logKeys = async () => (await (await fetch(`${api.url}/.well-known/hindsight-log-keys`)).text()).trim().split('\n').map(parseVerifierKey);
  const download = (evidenceId: string) => fetch(`${api.url}/api/postmortems/${reportId}/evidence/${evidenceId}/file`, { headers: { authorization: `Bearer ${token()}` } });

  const lockerDir = mkdtempSync(join(tmpdir(), 'hindsight-locker-'));
  beforeAll(async () => {
    api = await startApi({ evidence: { directory: lockerDir, maxBytes: 4096 } });
  });
  beforeAll(async () => {
    reportId = (await api.as('alice@shop.example', ['editor'], [team])('POST', '/api/postmortems', { title: 'Checkout slow', severity: 'SEV2', services: ['checkout'], team, occurredAt: '2026-03-14T09:00:00Z' })).body.id;
  });
  afterAll(async () => {
    await api.stop();
    rmSync(lockerDir, { recursive: true, force: true });
  });

  it('given a screenshot, when uploaded, then its digest is in the attaching event, its type is told from its bytes, and it is served back unchanged for preview', async () => {
    const { status, body } = await upload('name=latency.png&kind=metric&title=Checkout%20p99', PNG);
    expect(status).toBe(201);
    expect(body.file).toEqual({ name: 'latency.png', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), bytes: PNG.length, mediaType: 'image/png' });
    const report = (await api.as('alice@shop.example', ['editor'], [team])('GET', `/api/postmortems/${reportId}`)).body;
    expect(report.evidence).toEqual([{ id: body.id, kind: 'metric', title: 'Checkout p99', url: '', description: '', file: body.file }]);
    const served = await download(body.id);
    expect([served.status, served.headers.get('content-type'), served.headers.get('content-disposition'), served.headers.get('x-content-type-options')]).toEqual([200, 'image/png', 'inline; filename="latency.png"', 'nosniff']);
    expect(Buffer.from(await served.arrayBuffer())).toEqual(PNG);
  });

  it('given a file named .png that is text, then it is kept and served as text, whatever its name says', async () => {
    const { body } = await upload('name=not-a-picture.png', Buffer.from('<script>alert(1)</script>\n'));
    expect(body.file.mediaType).toBe('text/plain');
    expect((await download(body.id)).headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });

  it('given no such report, when a file is uploaded to it or one is asked of it, then 404 and the locker keeps nothing', async () => {
    const stored = () => readdirSync(lockerDir, { recursive: true }).length;
    const before = stored();
    const missing = randomUUID();
    const uploaded = await fetch(`${api.url}/api/postmortems/${missing}/evidence/files?name=a.log`, { method: 'POST', headers: { authorization: `Bearer ${token()}`, 'content-type': 'application/octet-stream' }, body: Buffer.from('a line\n') });
    const asked = await fetch(`${api.url}/api/postmortems/${missing}/evidence/${randomUUID()}/file`, { headers: { authorization: `Bearer ${token()}` } });
    expect([uploaded.status, asked.status]).toEqual([404, 404]);
    expect(stored()).toBe(before);
  });

  it('given a file over the limit, then 413 and nothing is attached', async () => {
    const { status } = await upload('name=big.log', Buffer.alloc(5000, 'a'));
    expect(status).toBe(413);
    expect((await api.as('alice@shop.example', ['editor'], [team])('GET', `/api/postmortems/${reportId}`)).body.evidence).toHaveLength(2);
  });

  it('given a stored file changed on disk afterwards, then it is never served as the evidence', async () => {
    const { body } = await upload('name=slow.log', Buffer.from('09:00 slow query took 9 s\n'));
    const bundle = async () => verifyBundle(await (await fetch(`${api.url}/api/postmortems/${reportId}/export/bundle?files=true`, { headers: { authorization: `Bearer ${token()}` } })).text(), await logKeys());
    expect(await bundle()).toMatchObject({ valid: true, files: 3 });
    const path = join(lockerDir, 'sha256', body.file.sha256.slice(0, 2), body.file.sha256);
    writeFileSync(path, '09:00 slow query took 0.9 s\n');
    const served = await download(body.id);
    expect(served.status).toBe(500);
    expect(((await served.json()) as { detail: string }).detail).toContain('was changed after it was uploaded');
    expect(await bundle()).toMatchObject({ valid: false, reason: expect.stringContaining('the file slow.log does not match the SHA-256 its event recorded') });

    // The auditor's check, offline, from the log and the locker.
    const verify = spawnSync(process.execPath, [VERIFY_CLI, 'evidence', api.databasePath, '--evidence-dir', lockerDir], { encoding: 'utf8' });
    expect(verify.status).toBe(1);
    expect(verify.stderr).toContain(`CHANGED: slow.log (${body.file.sha256}), attached in postmortem-${reportId}`);
    expect(verify.stderr).toContain('INVALID: 3 evidence files: 2 intact, 1 changed, 0 missing');
  });
});
