import { type ApiUnderTest, startApi } from '../testing/api-under-test';
import { runEcommerceSale } from '../testing/ecommerce-sale.scenario';

type Entry = { kind: string; name: string; reports: number };
const names = (body: { items: Entry[] }) => body.items.map((item) => `${item.kind}:${item.name}`);

/** GET /api/directory over real HTTP: the people, teams and services pickers offer. */
describe('Directory', () => {
  let api: ApiUnderTest;
  let reportId: string;
  /** The log position of the last write, so each read sees it. */
  let seen = '';
  const after = (reply: { body: { position: string } }) => (seen = reply.body.position);
  beforeAll(async () => {
    api = await startApi();
    ({ postmortemId: reportId } = await runEcommerceSale(api.send, { editor: api.token('erin', ['editor'], ['commerce-platform']), reviewer: api.token('rita', ['reviewer'], ['commerce-platform']) }));
    const searcher = api.as('sid', ['editor'], ['search']);
    after(await searcher('POST', '/api/postmortems', { title: 'Ranking stalls', severity: 'SEV3', services: ['search-api', 'payments-gateway'], team: 'search', occurredAt: '2026-04-01T10:00:00Z' }));
  });
  afterAll(() => api.stop());

  it('offers the services, teams and owners that reports name, and the people who wrote them', async () => {
    const everyone = api.as('ada', ['admin'], ['*']);
    const { body } = await everyone('GET', `/api/directory?limit=50&minPosition=${seen}`);
    expect(names(body)).toEqual(
      expect.arrayContaining([
        'service:storefront', 'service:checkout', 'service:orders-db', 'service:search-api',
        'team:commerce-platform', 'team:search', 'team:sre', 'team:release-engineering',
        'person:bob@shop.example', 'person:carol@shop.example', 'person:erin', 'person:rita', 'person:sid',
      ]),
    );
    expect(body.items.find((item: Entry) => item.name === 'commerce-platform')).toMatchObject({ kind: 'team', reports: 1 });
  });

  it('matches any part of a name in any case, names that start with it first', async () => {
    const everyone = api.as('ada', ['admin'], ['*']);
    after(await everyone('POST', '/api/postmortems', { title: 'Card declines', severity: 'SEV2', services: ['payments'], team: 'payments', occurredAt: '2026-04-02T10:00:00Z' }));
    const { body } = await everyone('GET', `/api/directory?kind=service&q=PAY&minPosition=${seen}`);
    expect(names(body)).toEqual(['service:payments', 'service:payments-gateway']);
    const { body: none } = await everyone('GET', '/api/directory?q=zzz-nothing');
    expect(none.items).toEqual([]);
  });

  it('shows nothing from reports of teams the caller may not read, but knows the token holders who share a team', async () => {
    api.token('newcomer@shop.example', ['editor'], ['commerce-platform']);
    const { body } = await api.as('erin', ['editor'], ['commerce-platform'])('GET', `/api/directory?limit=50&minPosition=${seen}`);
    expect(names(body)).not.toContain('service:search-api');
    expect(names(body)).not.toContain('person:sid');
    expect(names(body)).toContain('person:newcomer@shop.example');
    expect(body.items.find((item: Entry) => item.name === 'newcomer@shop.example').reports).toBe(0);
  });

  it('forgets an owner once no report names them', async () => {
    const erin = api.as('erin', ['editor'], ['commerce-platform']);
    const { body: report } = await erin('GET', `/api/postmortems/${reportId}`);
    const item = report.actionItems.find((a: { owner?: { name: string } }) => a.owner?.name === 'carol@shop.example');
    const reason = { reason: 'Reopened to hand the runbook to the SRE team' };
    await api.as('rita', ['reviewer'], ['commerce-platform'])('POST', `/api/postmortems/${reportId}/reopen`, reason);
    const assigned = await erin('POST', `/api/postmortems/${reportId}/action-items/${item.id}/assign`, { owner: { kind: 'team', name: 'sre' } });
    expect(assigned.status).toBe(200);
    after(assigned);
    const { body } = await erin('GET', `/api/directory?q=carol&minPosition=${seen}`);
    expect(body.items).toEqual([]);
  });

  it('refuses an unknown kind and a limit out of range with the field named', async () => {
    const everyone = api.as('ada', ['admin'], ['*']);
    const bad = await everyone('GET', '/api/directory?kind=robot');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('kind');
    expect((await everyone('GET', '/api/directory?limit=500')).status).toBe(400);
  });
});
