import type { AccessTokens } from '@hindsight/identity';
import { type ApiUnderTest, startApi } from '../testing/api-under-test';
import { ACCESS_TOKENS } from './authenticator';

const facts = (team: string) => ({ title: `Outage of ${team}`, severity: 'SEV2', services: ['api'], team, occurredAt: '2026-11-20T09:00:00Z', resolvedAt: '2026-11-20T10:00:00Z' });

describe('Access beyond the access matrix', () => {
  describe('live streams', () => {
    let api: ApiUnderTest;
    beforeAll(async () => (api = await startApi()));
    afterAll(() => api.stop());

    const openStream = async (token: string) => {
      const response = await fetch(`${api.url}/api/events`, { headers: { authorization: `Bearer ${token}` } });
      expect(response.status).toBe(200);
      return response;
    };
    const untilEnd = async (response: Response) => {
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      while (!(await reader.read()).done);
    };

    it('ends an open stream when its token is revoked', async () => {
      const tokens = api.app.get<AccessTokens>(ACCESS_TOKENS);
      const { token, record } = await tokens.create({ name: 'watcher', roles: ['analyst'], teams: [], createdBy: 'test' });
      const stream = await openStream(token);
      await tokens.revoke(record.id, 'test');
      await untilEnd(stream);
      expect((await api.send('GET', '/api/me', undefined, { authorization: `Bearer ${token}` })).status).toBe(401);
    });

    it('ends an open stream when its token expires', async () => {
      const tokens = api.app.get<AccessTokens>(ACCESS_TOKENS);
      const { token } = await tokens.create({ name: 'brief', roles: ['analyst'], teams: [], createdBy: 'test', expiresAt: new Date(Date.now() + 1_500) });
      await untilEnd(await openStream(token));
    });
  });

  describe('rate limits', () => {
    let api: ApiUnderTest;
    beforeAll(async () => (api = await startApi({ rateLimitPerMinute: 1_000, rateLimitPerAddressPerMinute: 30, signInFailuresPerMinute: 5 })));
    afterAll(() => api.stop());

    it('refuses an address that keeps failing to sign in, whatever token it tries next', async () => {
      const guess = (n: number) => api.send('GET', '/api/me', undefined, { authorization: `Bearer hst_${n.toString(16).padStart(16, '0')}_${'A'.repeat(43)}` });
      const statuses = [];
      for (let n = 0; n < 7; n++) statuses.push((await guess(n)).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
      const valid = await api.as('alice')('GET', '/api/me');
      expect(valid.status).toBe(429);
      expect(valid.headers['retry-after']).toMatch(/^\d+$/);
      expect(valid.body).toMatchObject({ status: 429, title: 'Too Many Requests' });
    });
  });

  describe('per address', () => {
    let api: ApiUnderTest;
    beforeAll(async () => (api = await startApi({ rateLimitPerMinute: 1_000, rateLimitPerAddressPerMinute: 10 })));
    afterAll(() => api.stop());

    it('limits one address across every token it uses', async () => {
      const statuses = [];
      for (let n = 0; n < 12; n++) statuses.push((await api.as(`user-${n}`)('GET', '/api/me')).status);
      expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
      expect(statuses.slice(10)).toEqual([429, 429]);
    });
  });

  describe('what a priority reveals', () => {
    let api: ApiUnderTest;
    beforeAll(async () => (api = await startApi()));
    afterAll(() => api.stop());

    it('counts recurrences only among the incidents its reader may read', async () => {
      const identify = async (team: string) => {
        const as = api.as(`editor-${team}`, ['editor'], [team]);
        const id = (await as('POST', '/api/postmortems', facts(team))).body.id;
        const cause = await as('POST', `/api/postmortems/${id}/causes`, { level: 'causal_factor', category: 'configuration_error', description: 'Bad flag' });
        return { id, as, cause: cause.body };
      };
      for (const team of ['secret-a', 'secret-b', 'secret-c']) await identify(team);
      const mine = await identify('mine');
      const item = await mine.as('POST', `/api/postmortems/${mine.id}/action-items`, {
        title: 'Validate flags', description: 'd', successCriteria: 's', type: 'prevent', causeIds: [mine.cause.id], priority: { frequency: 'rare', effort: 'small' },
      });
      const recurrences = async (as: typeof mine.as) =>
        (await as('GET', `/api/postmortems/${mine.id}/action-items?minPosition=${item.body.position}`)).body.items[0].priority.factors.frequency.recurrences;
      expect(await recurrences(mine.as)).toBe(1);
      expect(await recurrences(api.as('auditor', ['auditor'], []))).toBe(4);
    });
  });

  describe('separation of duties', () => {
    const readyForReview = async (api: ApiUnderTest, author: string) => {
      const as = api.as(author);
      const { body } = await as('POST', '/api/postmortems', facts('payments'));
      const path = `/api/postmortems/${body.id}`;
      await as('POST', `${path}/timeline`, { at: '2026-11-20T09:05:00Z', kind: 'detection', description: 'Alert fired' });
      await as('POST', `${path}/causes`, { level: 'causal_factor', category: 'software_bug', description: 'Null check' });
      await as('POST', `${path}/submit`, {});
      return path;
    };

    it('is on by default: the author cannot approve, the last editor cannot approve, another reviewer can', async () => {
      const api = await startApi();
      try {
        const path = await readyForReview(api, 'alice');
        const own = await api.as('alice')('POST', `${path}/approve`, { reason: 'Looks good to me' });
        expect(own.status).toBe(422);
        expect(own.body.rule).toBe('separation_of_duties');
        await api.as('bob')('POST', `${path}/request-changes`, { reason: 'Add the fix' });
        await api.as('bob')('PATCH', `${path}/facts`, { summary: 'Bob wrote the summary' });
        await api.as('bob')('POST', `${path}/submit`, {});
        expect((await api.as('bob')('POST', `${path}/approve`, { reason: 'Mine now' })).body.rule).toBe('separation_of_duties');
        expect((await api.as('carol')('POST', `${path}/approve`, { reason: 'Independent review' })).status).toBe(200);
      } finally {
        await api.stop();
      }
    });

    it('can be switched off for a team of one', async () => {
      const api = await startApi({ separationOfDuties: false });
      try {
        const path = await readyForReview(api, 'solo');
        expect((await api.as('solo')('POST', `${path}/approve`, { reason: 'Small team' })).status).toBe(200);
      } finally {
        await api.stop();
      }
    });
  });
});
