import { type ApiUnderTest, startApi } from '../testing/api-under-test';
import { runEcommerceSale } from '../testing/ecommerce-sale.scenario';

/** GET /api/me/work over real HTTP: what needs each person, and only what they may read. */
describe('What needs me', () => {
  let api: ApiUnderTest;
  beforeAll(async () => {
    api = await startApi();
    await runEcommerceSale(api.send, { editor: api.token('erin', ['editor'], ['commerce-platform']), reviewer: api.token('rita', ['reviewer'], ['commerce-platform']) });
    // A second report, complete enough to wait for review.
    const erin = api.as('erin', ['editor'], ['commerce-platform']);
    const { body } = await erin('POST', '/api/postmortems', { title: 'Cart badge shows stale counts', severity: 'SEV4', services: ['cart'], team: 'commerce-platform', occurredAt: '2026-05-02T10:00:00Z', resolvedAt: '2026-05-02T12:00:00Z' });
    await erin('POST', `/api/postmortems/${body.id}/timeline`, { at: '2026-05-02T10:05:00Z', kind: 'detection', description: 'A shopper reports the badge' });
    await erin('POST', `/api/postmortems/${body.id}/causes`, { level: 'causal_factor', category: 'software_bug', description: 'The badge cache never expires' });
    const { body: support } = await erin('POST', `/api/postmortems/${body.id}/stakeholders`, { name: 'Support', group: 'internal', channel: 'email' });
    await erin('POST', `/api/postmortems/${body.id}/communications`, { stakeholderIds: [support.id], channel: 'email', summary: 'Tell support the badge is fixed', plannedFor: '2026-05-03T09:00:00Z' });
    await erin('POST', `/api/postmortems/${body.id}/submit`, {});
  });
  afterAll(() => api.stop());

  it('gives a reviewer the reports waiting for review', async () => {
    const { body } = await api.as('rita', ['reviewer'], ['commerce-platform'])('GET', '/api/me/work');
    expect(body.reviewsWaiting.map((r: { title: string }) => r.title)).toEqual(['Cart badge shows stale counts']);
  });

  it('gives an owner their overdue items, a team member their team’s, and past-due communications', async () => {
    const bob = (await api.as('bob@shop.example', ['editor'], ['commerce-platform'])('GET', '/api/me/work')).body;
    expect(bob.overdueItems.map((i: { title: string }) => i.title)).toEqual(['Optimise the order-history query']);
    expect(bob.reviewsWaiting).toEqual([]);
    const sre = (await api.as('sam', ['editor'], ['commerce-platform', 'sre'])('GET', '/api/me/work')).body;
    expect(sre.overdueItems.map((i: { owner: { name: string } }) => i.owner.name)).toEqual(['sre']);
    expect(sre.pastDueCommunications).toMatchObject([{ reportTitle: 'Cart badge shows stale counts', summary: 'Tell support the badge is fixed', plannedFor: '2026-05-03T09:00:00.000Z' }]);
  });

  it('shows nothing of teams the caller may not read', async () => {
    const other = (await api.as('bob@shop.example', ['editor', 'reviewer'], ['search'])('GET', '/api/me/work')).body;
    expect(other).toMatchObject({ reviewsWaiting: [], overdueItems: [], dueSoonItems: [], staleDrafts: [], pastDueCommunications: [] });
  });
});
