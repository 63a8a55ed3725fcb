import createClient from 'openapi-fetch';
import type { paths } from '../generated/openapi';
import { type ApiUnderTest, startApi } from '../testing/api-under-test';
import { runEcommerceSale, springSaleFacts } from '../testing/ecommerce-sale.scenario';
import { generatedClientSend } from '../testing/generated-client-send';

/**
 * A client generated from docs/openapi.json by a standard generator (openapi-typescript, with
 * openapi-fetch) type-checks against the document and drives the e-commerce incident through
 * publication. A route, body or answer the document gets wrong fails to compile or fails here.
 */
describe('A client generated from the OpenAPI document', () => {
  let api: ApiUnderTest;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.stop());

  const clientFor = (token: string) => createClient<paths>({ baseUrl: api.url, headers: { authorization: `Bearer ${token}` } });
  const created = <T extends { id?: string }>(answer: { data?: T; error?: unknown }): string => {
    if (!answer.data?.id) throw new Error(`refused: ${JSON.stringify(answer.error)}`);
    return answer.data.id;
  };

  it('drafts, analyses, reviews and publishes the spring-sale incident', async () => {
    const alice = clientFor(api.token('alice', ['editor'], ['commerce-platform']));
    const dana = clientFor(api.token('dana', ['reviewer'], ['commerce-platform']));
    const id = created(
      await alice.POST('/api/postmortems', { body: { ...springSaleFacts, detectionMethod: 'customer_report' } }),
    );
    const report = { params: { path: { id } } };
    const slowLog = created(
      await alice.POST('/api/postmortems/{id}/evidence', { ...report, body: { kind: 'log', title: 'orders-db slow query log', url: 'https://logs.shop.example/orders-db/slow' } }),
    );
    const deploy = created(
      await alice.POST('/api/postmortems/{id}/timeline', { ...report, body: { at: '2026-03-14T08:45:00Z', kind: 'deploy', description: 'Release 4.12 deployed' } }),
    );
    await alice.POST('/api/postmortems/{id}/timeline', { ...report, body: { at: '2026-03-14T09:19:00+01:00', kind: 'detection', description: 'Support escalates complaints' } });
    const query = created(
      await alice.POST('/api/postmortems/{id}/causes', {
        ...report,
        body: { level: 'causal_factor', category: 'software_bug', description: 'The query scans the whole orders table', evidenceIds: [slowLog], timelineEntryIds: [deploy] },
      }),
    );
    const item = created(
      await alice.POST('/api/postmortems/{id}/action-items', {
        ...report,
        body: {
          title: 'Optimise the order-history query',
          description: 'Add the composite index permanently',
          successCriteria: 'p99 of the query under 50 ms at 3× sale traffic',
          type: 'prevent',
          dueDate: '2027-01-21',
          causeIds: [query],
          priority: { severity: 'SEV1', frequency: 'frequent', effort: 'small' },
        },
      }),
    );
    await alice.POST('/api/postmortems/{id}/action-items/{itemId}/assign', { params: { path: { id, itemId: item } }, body: { owner: { kind: 'person', name: 'bob@shop.example' } } });
    expect((await alice.POST('/api/postmortems/{id}/submit', { ...report, body: {} })).response.status).toBe(200);
    await dana.POST('/api/postmortems/{id}/approve', { ...report, body: { reason: 'Causes are well evidenced' } });
    const published = await dana.POST('/api/postmortems/{id}/publish', { ...report, body: { reason: 'Ready', publicSummary: 'Checkout was slow for an hour.' } });
    expect(published.data?.revision).toBeGreaterThan(5);

    const { data: document } = await dana.GET('/api/postmortems/{id}', report);
    expect(document?.status).toBe('published');
    expect(document?.timeline.map((entry) => entry.at)).toEqual(['2026-03-14T08:45:00.000Z', '2026-03-14T08:19:00.000Z']);
    const { data: timeline } = await dana.GET('/api/postmortems/{id}/timeline', report);
    expect(timeline?.entries.map((entry) => entry.kind)).toEqual(['detection', 'deploy']);
    const { data: board } = await dana.GET('/api/postmortems/{id}/action-items', report);
    expect(board?.items[0].owner?.name).toBe('bob@shop.example');
    const { data: trends } = await clientFor(api.token('ana', ['analyst'], ['*'])).GET('/api/trends', { params: { query: { groupBy: 'detection' } } });
    expect(trends?.groups.map((g) => g.key)).toEqual(['customer_report']);
  });

  it('runs the whole e-commerce scenario, every call through it', async () => {
    const document = (await api.send('GET', '/api/docs-json')).body as { paths: Record<string, unknown> };
    const send = generatedClientSend(createClient<paths>({ baseUrl: api.url }), Object.keys(document.paths));
    const { published } = await runEcommerceSale(send, { editor: api.token('erin', ['editor'], ['commerce-platform']), reviewer: api.token('rita', ['reviewer'], ['commerce-platform']) });
    expect(published.revision).toBeGreaterThan(30);
    await expect(send('GET', '/api/not-a-route')).rejects.toThrow(/not a route of the OpenAPI document/);
  });

  it('gets a typed problem document for a refused command', async () => {
    const alice = clientFor(api.token('alice', ['editor'], ['commerce-platform']));
    const { error, response } = await alice.POST('/api/postmortems', {
      body: { title: 'x', severity: 'SEV2', services: ['a'], team: 'commerce-platform', occurredAt: '0000-01-01T00:00:00Z', customerImpact: '', summary: '' },
    });
    expect(response.status).toBe(400);
    expect(error?.errors?.map((e) => e.field)).toContain('occurredAt');
  });
});
