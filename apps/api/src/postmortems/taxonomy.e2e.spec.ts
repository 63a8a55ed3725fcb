import { DEFAULT_TAXONOMY, type Taxonomy } from '@hindsight/domain';
import { type ApiUnderTest, startApi } from '../testing/api-under-test';

/** The organisation's taxonomy after a reorganisation: configuration_error is gone, external triggers may contribute. */
const reorganised: Taxonomy = {
  categories: [
    { id: 'software_bug', levels: ['causal_factor'] },
    { id: 'external_trigger', levels: ['causal_factor', 'contributing_cause'] },
    { id: 'tooling', levels: ['systemic_issue'] },
  ],
};

const draft = { title: 'Config push took search down', severity: 'SEV2', services: ['search'], team: 'discovery', occurredAt: '2026-10-02T14:00:00Z' };

describe('A configurable cause taxonomy', () => {
  let before: ApiUnderTest;
  let after: ApiUnderTest;
  let path: string;
  let causeId: string;

  beforeAll(async () => {
    before = await startApi();
    path = `/api/postmortems/${(await before.as('dev')('POST', '/api/postmortems', draft)).body.id}`;
    const identified = await before.as('dev')('POST', `${path}/causes`, { level: 'causal_factor', category: 'configuration_error', description: 'A bad flag' });
    expect(identified.status).toBe(201);
    causeId = identified.body.id;
    // The same store served again with the new taxonomy, as after a restart with HINDSIGHT_TAXONOMY set.
    after = await startApi({ databasePath: before.databasePath, taxonomy: reorganised });
  });
  afterAll(async () => {
    await after.stop();
    await before.stop();
  });

  it('is served to every signed-in caller', async () => {
    expect((await before.as('analyst', ['analyst'], [])('GET', '/api/taxonomy')).body).toEqual(DEFAULT_TAXONOMY);
    expect((await after.as('analyst', ['analyst'], [])('GET', '/api/taxonomy')).body).toEqual(reorganised);
  });

  it('decides new causes: a category allowed on two levels is taken on either, one it lacks is refused with 422', async () => {
    const contributing = await after.as('dev')('POST', `${path}/causes`, { level: 'contributing_cause', category: 'external_trigger', description: 'A partner pushed the flag' });
    expect(contributing.status).toBe(201);
    const unknown = await after.as('dev')('POST', `${path}/causes`, { level: 'causal_factor', category: 'configuration_error', description: 'Again' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.rule).toBe('unknown_category');
    expect(unknown.body.detail).toMatch(/software_bug, external_trigger/);
    const misplaced = await after.as('dev')('POST', `${path}/causes`, { level: 'systemic_issue', category: 'software_bug', description: 'Bugs' });
    expect(misplaced.body.rule).toBe('category_level_mismatch');
  });

  it('leaves causes recorded under the earlier taxonomy readable, revisable and verifiable', async () => {
    const report = (await after.as('dev')('GET', path)).body;
    expect(report.causes.find((c: { id: string }) => c.id === causeId)).toMatchObject({ category: 'configuration_error' });
    expect((await after.as('dev')('PATCH', `${path}/causes/${causeId}`, { description: 'A bad flag, pushed to every region' })).status).toBe(200);
    expect((await after.as('dev')('PATCH', `${path}/causes/${causeId}`, { category: 'tooling' })).body.rule).toBe('category_level_mismatch');
    const auditor = after.as('auditor', ['auditor'], []);
    expect((await auditor('GET', '/api/audit/verify')).body.valid).toBe(true);
    expect((await auditor('GET', `${path}/history`)).status).toBe(200);
  });
});
