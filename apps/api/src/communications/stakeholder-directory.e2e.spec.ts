import { type ApiUnderTest, startApi } from '../testing/api-under-test';

describe('The stakeholder directory over HTTP', () => {
  const stakeholders = [
    { name: 'Management', group: 'internal' as const, channel: 'email' as const, email: 'leadership@shop.example' },
    { name: 'Payments regulator', group: 'regulator' as const, channel: 'regulatory_report' as const },
  ];
  let api: ApiUnderTest;
  beforeAll(async () => (api = await startApi({ stakeholderDirectory: { stakeholders } })));
  afterAll(() => api.stop());

  it('lists the organisation\'s stakeholders to everyone signed in, and only to them', async () => {
    expect((await api.as('ann', ['analyst'], ['*'])('GET', '/api/stakeholder-directory')).body).toEqual({ stakeholders });
    expect((await api.send('GET', '/api/stakeholder-directory')).status).toBe(401);
  });
});
