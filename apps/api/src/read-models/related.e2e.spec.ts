import { type ApiUnderTest, startApi } from '../testing/api-under-test';
import { runEcommerceSale } from '../testing/ecommerce-sale.scenario';

/** GET /api/postmortems/:id/related: the recurrence the priority counts, made visible. */
describe('Related incidents', () => {
  let api: ApiUnderTest;
  let later: string;
  let elsewhere: string;
  beforeAll(async () => {
    api = await startApi();
    await runEcommerceSale(api.send, { editor: api.token('erin', ['editor'], ['commerce-platform']), reviewer: api.token('rita', ['reviewer'], ['commerce-platform']) });
    const draft = async (team: string, services: string[], category: string) => {
      const as = api.as('erin', ['editor'], [team]);
      const { body } = await as('POST', '/api/postmortems', { title: `Another ${category} in ${services[0]}`, severity: 'SEV3', services, team, occurredAt: '2026-05-02T10:00:00Z' });
      await as('POST', `/api/postmortems/${body.id}/causes`, { level: 'causal_factor', category, description: 'Again' });
      return body.id as string;
    };
    later = await draft('commerce-platform', ['search-api'], 'software_bug');
    elsewhere = await draft('search', ['orders-db'], 'capacity_exhaustion');
  });
  afterAll(() => api.stop());

  it('given an earlier incident with the same cause category, shows it with its overdue item', async () => {
    const { body } = await api.as('erin', ['editor'], ['commerce-platform'])('GET', `/api/postmortems/${later}/related?minPosition=0`);
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({ title: 'Checkout slows to a crawl during the spring sale', sharedCategories: ['software_bug'], sharedServices: [] });
    const open = body.items[0].openActionItems.map((i: { title: string; overdue: boolean }) => [i.title, i.overdue]);
    expect(open).toContainEqual(['Optimise the order-history query', true]);
  });

  it('given a shared service only, shows it to a reader of both teams, and nothing to a reader of one', async () => {
    const both = (await api.as('ana', ['auditor'], ['*'])('GET', `/api/postmortems/${elsewhere}/related`)).body;
    expect(both.items.map((r: { sharedServices: string[] }) => r.sharedServices)).toEqual([['orders-db']]);
    const searchOnly = (await api.as('sol', ['editor'], ['search'])('GET', `/api/postmortems/${elsewhere}/related`)).body;
    expect(searchOnly.items).toEqual([]);
  });
});
