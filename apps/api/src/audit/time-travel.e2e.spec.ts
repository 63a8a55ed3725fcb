import { type ApiUnderTest, startApi } from '../testing/api-under-test';
import { runEcommerceSale } from '../testing/ecommerce-sale.scenario';
import type { Send } from '../testing/http-client';

describe('Time travel through the e-commerce incident', () => {
  let api: ApiUnderTest;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.stop());

  it('gives, at every revision N, exactly the document the API returned right after the N-th command', async () => {
    const auditor = api.as('auditor', ['auditor'], []);
    const seen = new Map<number, unknown>();
    let reportId: string | undefined;
    // After every accepted command, read the report as it stands, as an editor would.
    const recording: Send = async (method, path, body, headers) => {
      const reply = await api.send(method, path, body, headers);
      reportId ??= method === 'POST' && path === '/api/postmortems' ? reply.body.id : undefined;
      if (method !== 'GET' && reply.status < 300 && reportId) {
        const { body: document } = await auditor('GET', `/api/postmortems/${reportId}`);
        seen.set(document.revision, document);
      }
      return reply;
    };
    await runEcommerceSale(recording, {
      editor: api.token('alice@shop.example', ['editor'], ['commerce-platform']),
      reviewer: api.token('dana@shop.example', ['reviewer'], ['commerce-platform']),
    });

    const { body: history } = await auditor('GET', `/api/postmortems/${reportId}/history?limit=1000`);
    expect([...seen.keys()].sort((a, b) => a - b)).toEqual(history.entries.map((e: { revision: number }) => e.revision));
    for (const [revision, document] of seen) {
      const { status, body } = await auditor('GET', `/api/postmortems/${reportId}?asOf=${revision}`);
      expect(status).toBe(200);
      const { asOf: _asOf, ...asItStood } = body;
      expect(asItStood).toEqual(document);
    }
  });

  it('finds the revision in force at an instant, and refuses revisions that never were', async () => {
    const { postmortemId } = await runEcommerceSale(api.send, {
      editor: api.token('alice@shop.example', ['editor'], ['commerce-platform']),
      reviewer: api.token('dana@shop.example', ['reviewer'], ['commerce-platform']),
    });
    const auditor = api.as('auditor', ['auditor'], []);
    const history = (await auditor('GET', `/api/postmortems/${postmortemId}/history?limit=1000`)).body.entries;
    const fifth = history[5];
    const atInstant = (await auditor('GET', `/api/postmortems/${postmortemId}?asOf=${encodeURIComponent(fifth.timestamp)}`)).body;
    expect(atInstant.revision).toBeGreaterThanOrEqual(5);
    expect(history[atInstant.revision].timestamp).toBe(fifth.timestamp);
    expect((await auditor('GET', `/api/postmortems/${postmortemId}?asOf=9999`)).status).toBe(404);
    expect((await auditor('GET', `/api/postmortems/${postmortemId}?asOf=1999-01-01T00:00:00Z`)).status).toBe(404);
    expect((await auditor('GET', `/api/postmortems/${postmortemId}?asOf=yesterday`)).status).toBe(400);
  });

  it('tells who changed what, when and why, in one line each', async () => {
    const { postmortemId } = await runEcommerceSale(api.send, {
      editor: api.token('alice@shop.example', ['editor'], ['commerce-platform']),
      reviewer: api.token('dana@shop.example', ['reviewer'], ['commerce-platform']),
    });
    const { body } = await api.as('auditor', ['auditor'], [])('GET', `/api/postmortems/${postmortemId}/history?limit=1000`);
    const summaries = body.entries.map((e: { summary: string }) => e.summary);
    expect(summaries[0]).toBe("alice@shop.example drafted the report 'Checkout slows to a crawl during the spring sale' (SEV2, commerce-platform)");
    expect(summaries).toContain("alice@shop.example proposed the action item 'Optimise the order-history query' for bob@shop.example, due 2026-03-21");
    expect(body.entries.at(-1)).toMatchObject({ actor: 'dana@shop.example', type: 'PostmortemPublished', reason: 'Reviewed with support; ready for customers', summary: 'dana@shop.example published the report' });
    expect(body.entries.at(-2).reason).toBe('Causes are well evidenced; actions are owned and dated');
    expect((await api.as('auditor', ['auditor'], [])('GET', `/api/postmortems/${postmortemId}/history?limit=5&offset=10`)).body.entries.map((e: { revision: number }) => e.revision)).toEqual([10, 11, 12, 13, 14]);
  });

  it('diffs two revisions section by section, with word-level changes in long text', async () => {
    const alice = api.as('alice', ['editor'], ['*']);
    const draft = await alice('POST', '/api/postmortems', { title: 'Queue backlog', severity: 'SEV3', services: ['bus'], team: 'platform', occurredAt: '2026-10-01T10:00:00Z', summary: 'Consumers fell behind after the broker upgrade was rolled out' });
    const report = `/api/postmortems/${draft.body.id}`;
    const entry = await alice('POST', `${report}/timeline`, { at: '2026-10-01T10:05:00Z', kind: 'detection', description: 'Lag alert' });
    await alice('PATCH', `${report}/facts`, { severity: 'SEV2', summary: 'Consumers fell far behind after the broker upgrade was rolled out to every region' });
    await alice('PATCH', `${report}/timeline/${entry.body.id}`, { description: 'Consumer lag alert fires' });
    const { body } = await api.as('auditor', ['auditor'], [])('GET', `${report}/diff?from=0&to=3`);
    expect(body.changes.facts.map((f: { field: string }) => f.field).sort()).toEqual(['severity', 'summary']);
    const summary = body.changes.facts.find((f: { field: string }) => f.field === 'summary');
    expect(summary.text.filter((t: { added?: boolean }) => t.added).map((t: { value: string }) => t.value.trim())).toEqual(['far', 'to every region']);
    expect(body.changes.sections.timeline.added.map((a: { id: string }) => a.id)).toEqual([entry.body.id]);
    const fromOne = (await api.as('auditor', ['auditor'], [])('GET', `${report}/diff?from=1&to=3`)).body.changes.sections.timeline;
    expect(fromOne.changed).toEqual([{ id: entry.body.id, fields: [{ field: 'description', from: 'Lag alert', to: 'Consumer lag alert fires' }] }]);
  });
});
