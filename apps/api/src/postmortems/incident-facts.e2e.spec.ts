import { type ApiUnderTest, startApi } from '../testing/api-under-test';

const facts = {
  title: 'Search returns nothing',
  severity: 'SEV2',
  services: ['search'],
  team: 'discovery',
  occurredAt: '2026-10-02T14:00:00Z',
  externalReference: { id: 'INC-4821', url: 'https://pager.example.com/incidents/INC-4821' },
  detectionMethod: 'customer_report',
  impact: { usersAffected: 120_000, requestsFailed: 2_400_000, errorBudgetBurnedPercent: 140 },
};

describe('Incident facts: the external reference, how it was detected, what it cost', () => {
  let api: ApiUnderTest;
  let path: string;
  beforeAll(async () => {
    api = await startApi();
    path = `/api/postmortems/${(await api.as('dev')('POST', '/api/postmortems', facts)).body.id}`;
  });
  afterAll(() => api.stop());

  it('are recorded with the draft and read back', async () => {
    const { body } = await api.as('dev')('GET', path);
    expect(body.facts).toMatchObject({ externalReference: facts.externalReference, detectionMethod: 'customer_report', impact: facts.impact });
  });

  it('are revised, and cleared with null', async () => {
    await api.as('dev')('PATCH', `${path}/facts`, { detectionMethod: 'alert', impact: { usersAffected: 90_000 } });
    const cleared = await api.as('dev')('PATCH', `${path}/facts`, { externalReference: null });
    expect(cleared.status).toBe(200);
    const { body } = await api.as('dev')('GET', path);
    expect(body.facts.detectionMethod).toBe('alert');
    expect(body.facts.impact).toEqual({ usersAffected: 90_000 });
    expect(body.facts).not.toHaveProperty('externalReference');
  });

  it.each([
    ['detectionMethod', { detectionMethod: 'psychic' }],
    ['impact.usersAffected', { impact: { usersAffected: -1 } }],
    ['impact.requestsFailed', { impact: { requestsFailed: 1.5 } }],
    ['impact', { impact: {} }],
    ['externalReference.url', { externalReference: { id: 'INC-1', url: 'javascript:alert(1)' } }],
    ['externalReference.id', { externalReference: { id: '\u202eINC' } }],
  ])('refuses a bad %s', async (field, change) => {
    const { status, body } = await api.as('dev')('PATCH', `${path}/facts`, change);
    expect(status).toBe(400);
    expect(body.errors[0].field).toBe(field);
  });

  it('appear in the Markdown export and as a trend', async () => {
    await api.as('dev')('PATCH', `${path}/facts`, { externalReference: { id: 'INC-4821' } });
    const response = await fetch(`${api.url}${path}/export/markdown`, { headers: { authorization: `Bearer ${api.token('dev')}` } });
    const markdown = await response.text();
    expect(markdown).toContain('INC-4821');
    expect(markdown).toMatch(/Detected by.*Alert/i);
    expect(markdown).toContain('90,000');
    const other = await api.as('dev')('POST', '/api/postmortems', { ...facts, detectionMethod: undefined });
    const { body } = await api.as('analyst', ['analyst'], [])('GET', `/api/trends?groupBy=detection&minPosition=${other.body.position}`);
    expect(body.groups.map((g: { key: string; incidents: number }) => [g.key, g.incidents])).toEqual([['alert', 1], ['unknown', 1]]);
  });
});
