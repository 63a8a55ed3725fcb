import { SqliteEventStore } from '@hindsight/event-store';
import { type ApiUnderTest, startApi } from '../testing/api-under-test';

const valid = {
  title: 'Login fails for SSO users',
  severity: 'SEV2',
  services: ['auth'],
  team: 'identity',
  occurredAt: '2026-06-01T08:00:00Z',
};
const json = (value: unknown) => JSON.stringify(value);
const nested = (depth: number): string => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

interface Case {
  name: string;
  method?: string;
  path?: string;
  body?: string;
  headers?: Record<string, string>;
}

describe('Malformed requests', () => {
  let api: ApiUnderTest;
  let report: string;
  let entry: string;
  let cause: string;
  let item: string;

  beforeAll(async () => {
    api = await startApi();
    const as = api.as('mallory');
    report = `/api/postmortems/${(await as('POST', '/api/postmortems', valid)).body.id}`;
    entry = (await as('POST', `${report}/timeline`, { at: '2026-06-01T08:05:00Z', kind: 'detection', description: 'Alert' })).body.id;
    cause = (await as('POST', `${report}/causes`, { level: 'causal_factor', category: 'configuration_error', description: 'Expired IdP cert' })).body.id;
    item = (await as('POST', `${report}/action-items`, { title: 'Rotate certs', description: 'Automate', successCriteria: 'Auto-rotation', type: 'prevent', causeIds: [cause], priority: { frequency: 'rare', effort: 'small' } })).body.id;
  });
  afterAll(() => api.stop());

  const cases = (): Case[] => [
    { name: 'invalid JSON', body: '{bad' },
    { name: 'empty body declared as JSON', body: '' },
    { name: 'a JSON array', body: '[]' },
    { name: 'a JSON string', body: '"hello"' },
    { name: 'JSON null', body: 'null' },
    { name: 'missing title', body: json({ ...valid, title: undefined }) },
    { name: 'title of the wrong type', body: json({ ...valid, title: 42 }) },
    { name: 'empty title', body: json({ ...valid, title: '' }) },
    { name: 'blank title', body: json({ ...valid, title: '   ' }) },
    { name: 'huge title', body: json({ ...valid, title: 'x'.repeat(10_000) }) },
    { name: 'unknown severity', body: json({ ...valid, severity: 'SEV0' }) },
    { name: 'severity in the wrong case', body: json({ ...valid, severity: 'sev1' }) },
    { name: 'no services', body: json({ ...valid, services: [] }) },
    { name: 'services not a list', body: json({ ...valid, services: 'auth' }) },
    { name: 'too many services', body: json({ ...valid, services: Array.from({ length: 101 }, (_, i) => `s${i}`) }) },
    { name: 'date in words', body: json({ ...valid, occurredAt: 'yesterday' }) },
    { name: 'date without time zone', body: json({ ...valid, occurredAt: '2026-06-01T08:00:00' }) },
    { name: 'impossible date', body: json({ ...valid, occurredAt: '2026-02-30T08:00:00Z' }) },
    { name: 'epoch number for a date', body: json({ ...valid, detectedAt: 1_780_000_000 }) },
    { name: 'unknown field', body: json({ ...valid, sevrity: 'SEV1' }) },
    { name: '__proto__ key', body: `{"__proto__":{"isAdmin":true},${json(valid).slice(1)}` },
    { name: 'constructor.prototype key', body: `{"constructor":{"prototype":{"isAdmin":true}},${json(valid).slice(1)}` },
    { name: 'deeply nested body', body: nested(5_000) },
    { name: 'body over the size limit', body: json({ ...valid, summary: 'x'.repeat(2 * 1024 * 1024) }) },
    { name: 'plain-text body', body: 'title=x', headers: { 'content-type': 'text/plain' } },
    { name: 'no credentials', body: json(valid), headers: { authorization: '' } },
    { name: 'a token that was never issued', body: json(valid), headers: { authorization: `Bearer hst_0123456789abcdef_${'A'.repeat(43)}` } },
    { name: 'credentials far too long', body: json(valid), headers: { authorization: `Bearer ${'a'.repeat(10_000)}` } },
    { name: 'basic instead of bearer credentials', body: json(valid), headers: { authorization: 'Basic YWRtaW46YWRtaW4=' } },
    { name: 'Idempotency-Key with spaces', body: json(valid), headers: { 'idempotency-key': 'two words' } },
    { name: 'If-Match that is not a revision', method: 'PATCH', path: `${report}/facts`, body: json({ title: 'x' }), headers: { 'if-match': 'abc' } },
    { name: 'negative If-Match', method: 'PATCH', path: `${report}/facts`, body: json({ title: 'x' }), headers: { 'if-match': '"-1"' } },
    { name: 'change reason far too long', method: 'PATCH', path: `${report}/facts`, body: json({ title: 'x' }), headers: { 'x-change-reason': 'r'.repeat(2_000) } },
    { name: 'unknown timeline kind', path: `${report}/timeline`, body: json({ at: '2026-06-01T08:00:00Z', kind: 'meeting', description: 'x' }) },
    { name: 'evidence links not a list', path: `${report}/timeline`, body: json({ at: '2026-06-01T08:00:00Z', kind: 'action', description: 'x', evidenceIds: 'e1' }) },
    { name: 'path traversal as an id', path: `${report}/timeline`, body: json({ at: '2026-06-01T08:00:00Z', kind: 'action', description: 'x', evidenceIds: ['../etc/passwd'] }) },
    { name: 'repeated links', path: `${report}/causes`, body: json({ level: 'causal_factor', category: 'software_bug', description: 'x', timelineEntryIds: [entry, entry] }) },
    { name: 'huge description', path: `${report}/timeline`, body: json({ at: '2026-06-01T08:00:00Z', kind: 'action', description: 'x'.repeat(20_000) }) },
    { name: 'month 13', path: `${report}/timeline`, body: json({ at: '2026-13-01T08:00:00Z', kind: 'action', description: 'x' }) },
    { name: 'revision that changes nothing', method: 'PATCH', path: `${report}/timeline/${entry}`, body: json({}) },
    { name: 'revision of an unknown entry', method: 'PATCH', path: `${report}/timeline/nope`, body: json({ description: 'x' }) },
    { name: 'entry id with illegal characters', method: 'PATCH', path: `${report}/timeline/a%20b`, body: json({ description: 'x' }) },
    { name: 'report id with illegal characters', path: '/api/postmortems/not%20an%20id!/submit', body: json({}) },
    { name: 'SQL in the report id', path: `/api/postmortems/${encodeURIComponent("x' OR 1=1--")}/submit`, body: json({}) },
    { name: 'unknown report', path: '/api/postmortems/00000000-0000-0000-0000-000000000000/submit', body: json({}) },
    { name: 'javascript: evidence link', path: `${report}/evidence`, body: json({ kind: 'log', title: 'x', url: 'javascript:alert(1)' }) },
    { name: 'ftp evidence link', path: `${report}/evidence`, body: json({ kind: 'log', title: 'x', url: 'ftp://files.example.com/x' }) },
    { name: 'cause category from another level (rule)', path: `${report}/causes`, body: json({ level: 'systemic_issue', category: 'software_bug', description: 'x' }) },
    { name: 'cause category the taxonomy lacks (rule)', path: `${report}/causes`, body: json({ level: 'causal_factor', category: 'astrology', description: 'x' }) },
    { name: 'cause category that is not an id', path: `${report}/causes`, body: json({ level: 'causal_factor', category: 'Software Bug', description: 'x' }) },
    { name: 'unknown cause level', path: `${report}/causes`, body: json({ level: 'root', category: 'software_bug', description: 'x' }) },
    { name: 'impossible due date', path: `${report}/action-items`, body: json({ title: 't', description: 'd', successCriteria: 's', type: 'prevent', dueDate: '2026-04-31', priority: { frequency: 'rare', effort: 'small' } }) },
    { name: 'action item without priority inputs', path: `${report}/action-items`, body: json({ title: 't', description: 'd', successCriteria: 's', type: 'prevent' }) },
    { name: 'owner of an unknown kind', path: `${report}/action-items/${item}/assign`, body: json({ owner: { kind: 'robot', name: 'r2' } }) },
    { name: 'completion without verification', path: `${report}/action-items/${item}/complete`, body: json({ verificationNote: '' }) },
    { name: 'communication to nobody', path: `${report}/communications`, body: json({ stakeholderIds: [], channel: 'email', summary: 'x' }) },
    { name: 'link to evidence that does not exist (rule)', path: `${report}/timeline`, body: json({ at: '2026-06-01T08:00:00Z', kind: 'action', description: 'x', evidenceIds: ['missing'] }) },
    { name: 'work started without an owner (rule)', path: `${report}/action-items/${item}/status`, body: json({ status: 'in_progress' }) },
    { name: 'submission of an incomplete report (rule)', path: `${report}/submit`, body: json({}) },
    { name: 'publication of a draft (rule)', path: `${report}/publish`, body: json({}) },
    { name: 'chronology broken (rule)', method: 'PATCH', path: `${report}/facts`, body: json({ detectedAt: '2026-05-01T00:00:00Z' }) },
  ];

  it('answers each of more than 50 kinds with a 4xx problem, never a 5xx, and stores nothing', async () => {
    const store = SqliteEventStore.open(api.databasePath);
    const before = await store.readAll();
    const all = cases();
    expect(all.length).toBeGreaterThanOrEqual(50);

    const outcomes = [];
    for (const c of all) {
      const response = await fetch(`${api.url}${c.path ?? '/api/postmortems'}`, {
        method: c.method ?? 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${api.token('mallory')}`, ...c.headers },
        body: c.body,
      });
      const problem = (await response.json().catch(() => undefined)) as { detail?: string } | undefined;
      outcomes.push({ name: c.name, status: response.status, detail: problem?.detail });
    }

    const wrong = outcomes.filter((o) => o.status < 400 || o.status >= 500);
    expect(wrong).toEqual([]);
    expect(outcomes.every((o) => typeof o.detail === 'string' && o.detail.length > 0)).toBe(true);
    expect(await store.readAll()).toEqual(before);
    expect((await api.send('GET', '/api/health')).status).toBe(200);
    await store.close();
  });

  it('names the field and the reason', async () => {
    const reply = await api.as('mallory')('POST', '/api/postmortems', { ...valid, severity: 'SEV9', occurredAt: 'soon' });
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([
      { field: 'severity', reason: 'must be one of SEV1, SEV2, SEV3, SEV4' },
      { field: 'occurredAt', reason: expect.stringMatching(/ISO-8601/) },
    ]);
  });

  it('names the broken rule for a domain violation', async () => {
    const reply = await api.as('mallory')('POST', `${report}/submit`, {});
    expect(reply.status).toBe(422);
    expect(reply.body.rule).toBe('not_ready_for_review');
  });
});
