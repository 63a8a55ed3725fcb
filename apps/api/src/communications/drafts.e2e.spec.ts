import { type ApiUnderTest, startApi } from '../testing/api-under-test';
import { runEcommerceSale } from '../testing/ecommerce-sale.scenario';

describe('Drafting communications from the e-commerce report over HTTP', () => {
  let api: ApiUnderTest;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.stop());

  it('drafts the internal summary with everything, and the customer notice and status summary with no internal field', async () => {
    const run = await runEcommerceSale(api.send, {
      editor: api.token('alice@shop.example', ['editor'], ['commerce-platform']),
      reviewer: api.token('dana@shop.example', ['reviewer'], ['commerce-platform']),
    });
    const alice = api.as('alice@shop.example', ['editor'], ['commerce-platform']);
    const report = (await alice('GET', `/api/postmortems/${run.postmortemId}`)).body;
    const draft = async (name: string) => (await alice('GET', `/api/postmortems/${run.postmortemId}/drafts/${name}?minPosition=${report.position}`)).body;

    const internal = await draft('internal-summary');
    expect(internal).toMatchObject({ audience: 'internal', subject: report.facts.title });
    for (const cause of report.causes) expect(internal.text).toContain(cause.description);

    const internalTexts = [report.facts.title, report.facts.summary, report.executiveSummary, ...report.timeline.map((e: { description: string }) => e.description), ...report.causes.map((c: { description: string }) => c.description), ...report.actionItems.map((i: { title: string }) => i.title), ...report.lessons.map((l: { text: string }) => l.text)].filter((t) => t && t.length >= 12);
    for (const name of ['customer-notice', 'status-summary', 'regulatory-report']) {
      const external = await draft(name);
      expect(external.audience).toBe('external');
      expect(internalTexts.filter((t: string) => `${external.subject}\n${external.text}`.includes(t))).toEqual([]);
      expect(external.text).toContain('checkout');
    }
  });

  it('refuses a draft it has no template for', async () => {
    const alice = api.as('alice@shop.example', ['editor'], ['commerce-platform']);
    const { body: created } = await alice('POST', '/api/postmortems', { title: 'x', severity: 'SEV4', services: ['s'], team: 'commerce-platform', occurredAt: '2026-03-14T09:00:00Z' });
    const reply = await alice('GET', `/api/postmortems/${created.id}/drafts/press-release`);
    expect([reply.status, reply.body.errors]).toEqual([400, [{ field: 'draft', reason: expect.stringContaining('customer-notice') }]]);
  });
});
