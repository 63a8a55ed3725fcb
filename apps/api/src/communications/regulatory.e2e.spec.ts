import { type ApiUnderTest, startApi } from '../testing/api-under-test';

describe('Regulatory deadlines over HTTP (organisation in Germany)', () => {
  let api: ApiUnderTest;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.stop());

  it('given a major incident under DORA and GDPR, when the initial notification is filed on time, then it is met, the intermediate report is due from it, and GDPR\'s notification is overdue', async () => {
    const alice = api.as('alice@bank.example', ['editor'], ['payments']);
    const draft = await alice('POST', '/api/postmortems', {
      title: 'Card payments declined',
      severity: 'SEV1',
      services: ['card-payments'],
      team: 'payments',
      occurredAt: '2026-03-13T19:30:00Z',
      regimes: ['eu-dora', 'eu-gdpr'],
      becameAwareAt: '2026-03-13T20:00:00Z',
      classifiedMajorAt: '2026-03-13T22:00:00Z',
    });
    expect(draft.status).toBe(201);
    const report = `/api/postmortems/${draft.body.id}`;
    const regulator = await alice('POST', `${report}/stakeholders`, { name: 'BaFin', group: 'regulator', channel: 'regulatory_report' });
    const initial = await alice('POST', `${report}/communications`, { stakeholderIds: [regulator.body.id], channel: 'regulatory_report', summary: 'DORA initial notification', filing: { regime: 'eu-dora', stage: 'initial' } });
    await api.as('rita@bank.example', ['reviewer'], ['payments'])('POST', `${report}/communications/${initial.body.id}/approve`, {});
    const filed = await alice('POST', `${report}/communications/${initial.body.id}/sent`, { sentAt: '2026-03-16T09:30:00Z' });

    const { status, body } = await alice('GET', `${report}/deadlines?minPosition=${filed.body.position}`);
    expect(status).toBe(200);
    const [dora, gdpr] = body.regimes;
    expect(dora).toMatchObject({ regime: 'eu-dora', calendar: { country: 'DE', timeZone: 'Europe/Berlin' } });
    expect(dora.stages).toEqual([
      expect.objectContaining({ stage: 'initial', status: 'met', dueAt: '2026-03-16T11:00:00.000Z', movedFrom: '2026-03-14T02:00:00.000Z', filedAt: '2026-03-16T09:30:00.000Z' }),
      expect.objectContaining({ stage: 'intermediate', status: 'overdue', dueAt: '2026-03-19T09:30:00.000Z', basis: '72 hours after the initial filing' }),
      expect.objectContaining({ stage: 'final', status: 'waiting', waitingFor: 'the intermediate filing' }),
    ]);
    expect(gdpr.stages).toEqual([expect.objectContaining({ stage: 'notification', status: 'overdue', dueAt: '2026-03-16T20:00:00.000Z' })]);

    const trends = await alice('GET', `/api/trends/regulatory?minPosition=${filed.body.position}`);
    expect(trends.body.regimes).toEqual([
      expect.objectContaining({ regime: 'eu-dora', met: 1, overdue: 1, onTimeRate: 0.5 }),
      expect.objectContaining({ regime: 'eu-gdpr', met: 0, overdue: 1, onTimeRate: 0 }),
    ]);
  });

  it('refuses, changing nothing, a regime it has no rules for, a stage its regime lacks, and a determination before awareness', async () => {
    const alice = api.as('alice@bank.example', ['editor'], ['payments']);
    const unknown = await alice('POST', '/api/postmortems', { title: 'x', severity: 'SEV2', services: ['s'], team: 'payments', occurredAt: '2026-03-13T19:30:00Z', regimes: ['mars-2040'] });
    expect([unknown.status, unknown.body.rule]).toEqual([422, 'unknown_regime']);
    const draft = await alice('POST', '/api/postmortems', { title: 'y', severity: 'SEV2', services: ['s'], team: 'payments', occurredAt: '2026-03-13T19:30:00Z', becameAwareAt: '2026-03-13T20:00:00Z' });
    const report = `/api/postmortems/${draft.body.id}`;
    const early = await alice('PATCH', `${report}/facts`, { materialityDeterminedAt: '2026-03-13T19:45:00Z' });
    expect([early.status, early.body.rule]).toEqual([422, 'chronology']);
    const regulator = await alice('POST', `${report}/stakeholders`, { name: 'SEC', group: 'regulator', channel: 'regulatory_report' });
    const stage = await alice('POST', `${report}/communications`, { stakeholderIds: [regulator.body.id], channel: 'regulatory_report', summary: 'x', filing: { regime: 'us-sec-8k', stage: 'form-10k' } });
    expect([stage.status, stage.body.rule, stage.body.detail]).toEqual([422, 'unknown_regime', expect.stringContaining('form-8k')]);
    expect((await alice('GET', `${report}/deadlines`)).body.regimes).toEqual([]);
  });
});
