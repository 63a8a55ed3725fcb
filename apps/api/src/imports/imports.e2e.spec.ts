import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ApiUnderTest, startApi } from '../testing/api-under-test';
import { springSaleFacts } from '../testing/ecommerce-sale.scenario';

const FIXTURES = join(__dirname, '../../../../libs/importers/fixtures');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

describe('Importing raw material and reviewing what it suggests, over HTTP', () => {
  let api: ApiUnderTest;
  let token: string;
  let reportId: string;
  const team = springSaleFacts.team;
  const upload = async (file: string, query = '', body: Buffer = fixture(file), type = 'application/octet-stream') => {
    const response = await fetch(`${api.url}/api/postmortems/${reportId}/imports?file=${encodeURIComponent(file)}${query}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': type },
      body,
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a problem or an import, as the test reads it
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };

  beforeAll(async () => {
    api = await startApi();
    token = api.token('alice@shop.example', ['editor'], [team]);
    const alice = api.as('alice@shop.example', ['editor'], [team]);
    reportId = (await alice('POST', '/api/postmortems', { ...springSaleFacts, occurredAt: '2026-03-14T09:00:00Z', detectedAt: '2026-03-14T09:17:00Z', classifiedAt: undefined, mitigatedAt: undefined, resolvedAt: undefined })).body.id;
  });
  afterAll(() => api.stop());

  it('given an Alertmanager capture, when uploaded, then its alerts are recorded as suggestions, not timeline entries, with the file’s digest', async () => {
    const { status, body } = await upload('alertmanager.jsonl');
    expect(status).toBe(201);
    expect(body).toMatchObject({ format: 'alertmanager', suggestions: 4, alreadyImported: 0, unparsed: { count: 2, lines: [401, 1501] } });
    expect(body.file.sha256).toMatch(/^[0-9a-f]{64}$/);
    const alice = api.as('alice@shop.example', ['editor'], [team]);
    const report = (await alice('GET', `/api/postmortems/${reportId}`)).body;
    expect(report.timeline).toEqual([]);
    expect(report.imports).toEqual([expect.objectContaining({ id: body.id, format: 'alertmanager', file: 'alertmanager.jsonl' })]);
    const listed = (await alice('GET', `/api/postmortems/${reportId}/suggestions?status=pending&minPosition=${body.position}`)).body.suggestions;
    expect(listed.map((s: { description: string }) => s.description)).toEqual([
      'Alert CheckoutLatencyHigh firing: checkout p99 above 2 s for 5 minutes',
      'Alert OrdersDbCpuHigh firing: orders-db CPU above 90 %',
      'Alert CheckoutLatencyHigh resolved: checkout p99 above 2 s for 5 minutes',
      'Alert OrdersDbCpuHigh resolved: orders-db CPU above 90 %',
    ]);
  });

  it('given the same file uploaded again, then its records are recognised as already imported', async () => {
    const { body } = await upload('alertmanager.jsonl');
    expect(body).toMatchObject({ suggestions: 4, alreadyImported: 4 });
  });

  it('given a latency series, then the change point is the first signal before detection', async () => {
    const { body } = await upload('checkout-latency.prometheus.json');
    expect(body).toMatchObject({ format: 'prometheus', firstSignal: { at: '2026-03-14T09:00:00.000Z' } });
  });

  it('given suggestions, when some are accepted (one edited) and one dismissed, then the timeline holds the accepted ones naming their import, and the history says so', async () => {
    const alice = api.as('alice@shop.example', ['editor'], [team]);
    const pending = (await alice('GET', `/api/postmortems/${reportId}/suggestions?status=pending&formats=alertmanager`)).body.suggestions;
    const [firing, cpu, resolved] = pending;
    const accepted = await alice('POST', `/api/postmortems/${reportId}/suggestions/accept`, { items: [{ key: firing.key }, { key: cpu.key, description: 'orders-db CPU pegged above 90 %' }] });
    expect(accepted.status).toBe(201);
    const dismissed = await alice('POST', `/api/postmortems/${reportId}/suggestions/dismiss`, { keys: [resolved.key] });
    expect(dismissed.status).toBe(200);

    const report = (await alice('GET', `/api/postmortems/${reportId}`)).body;
    // The file they came from is attached once, from the evidence locker, and both entries cite it.
    expect(report.evidence).toEqual([expect.objectContaining({ kind: 'metric', title: 'alertmanager.jsonl', url: '', file: expect.objectContaining({ name: 'alertmanager.jsonl', mediaType: 'application/json' }) })]);
    expect(report.timeline.map((e: { evidenceIds: string[] }) => e.evidenceIds)).toEqual([[report.evidence[0].id], [report.evidence[0].id]]);
    expect(report.timeline.map((e: { description: string; source: unknown }) => [e.description, e.source])).toEqual([
      ['Alert CheckoutLatencyHigh firing: checkout p99 above 2 s for 5 minutes', { importId: firing.importId, key: firing.key }],
      ['orders-db CPU pegged above 90 %', { importId: cpu.importId, key: cpu.key }],
    ]);
    const history = (await alice('GET', `/api/postmortems/${reportId}/history`)).body;
    expect(JSON.stringify(history)).toContain("accepted from the import 'alertmanager.jsonl'");
    expect(JSON.stringify(history)).toContain('Accepted from the import of alertmanager.jsonl');

    const statuses = (await alice('GET', `/api/postmortems/${reportId}/suggestions?formats=alertmanager&minPosition=${dismissed.body.position}`)).body.suggestions.map((s: { status: string }) => s.status);
    expect(statuses).toEqual(['accepted', 'accepted', 'dismissed', 'pending']);
  });

  it('given a suggestion already accepted, when it is accepted again, then it is refused and nothing changes', async () => {
    const alice = api.as('alice@shop.example', ['editor'], [team]);
    const [firing] = (await alice('GET', `/api/postmortems/${reportId}/suggestions?status=accepted`)).body.suggestions;
    const again = await alice('POST', `/api/postmortems/${reportId}/suggestions/accept`, { items: [{ key: firing.key }] });
    expect([again.status, again.body.rule]).toEqual([422, 'already_accepted']);
  });

  it('given bad uploads, then each is refused with the field and the reason, and nothing is recorded', async () => {
    const before = (await api.as('alice@shop.example', ['editor'], [team])('GET', `/api/postmortems/${reportId}`)).body.revision;
    const garbage = await upload('notes.txt', '&format=prometheus', Buffer.from('not json at all'));
    expect([garbage.status, garbage.body.errors[0].field]).toEqual([400, '(body)']);
    const unreadable = await upload('notes.txt', '', Buffer.from('just words\nand more words\n'));
    expect([unreadable.status, unreadable.body.errors[0].reason]).toEqual([400, expect.stringContaining('nothing in the file could be read as logs')]);
    const zone = await upload('deploys.csv', '&zone=Mars/Olympus');
    expect([zone.status, zone.body.errors]).toEqual([400, [{ field: 'zone', reason: expect.stringContaining('IANA time zone') }]]);
    const json = await upload('deploys.csv', '', Buffer.from('{}'), 'application/json');
    expect(json.status).toBe(400);
    const form = await upload('deploys.csv', '', Buffer.from('a=b'), 'application/x-www-form-urlencoded');
    expect([form.status, form.body.detail]).toEqual([415, expect.stringContaining('application/octet-stream')]);
    const after = (await api.as('alice@shop.example', ['editor'], [team])('GET', `/api/postmortems/${reportId}`)).body.revision;
    expect(after).toBe(before);
  });

  it('given a reviewer, then they may read suggestions but not import or accept', async () => {
    const reviewer = api.token('dana@shop.example', ['reviewer'], [team]);
    const response = await fetch(`${api.url}/api/postmortems/${reportId}/imports?file=d.csv`, { method: 'POST', headers: { authorization: `Bearer ${reviewer}`, 'content-type': 'application/octet-stream' }, body: fixture('deploys.csv') });
    expect(response.status).toBe(403);
    const dana = api.as('dana@shop.example', ['reviewer'], [team]);
    expect((await dana('GET', `/api/postmortems/${reportId}/suggestions`)).status).toBe(200);
  });
});
