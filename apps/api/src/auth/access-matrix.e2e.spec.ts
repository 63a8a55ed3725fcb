import { SqliteEventStore } from '@hindsight/event-store';
import { type AccessTokens, isAllowed, type Principal, type Role } from '@hindsight/identity';
import { type ApiUnderTest, startApi } from '../testing/api-under-test';
import { type IdentityProvider, startIdentityProvider, unsignedToken } from '../testing/identity-provider';
import { type Route, routeTable } from '../testing/route-table';
import { ACCESS_TOKENS } from './authenticator';

const TEAM = 'payments';
const OTHER_TEAM = 'search';

interface Caller {
  name: string;
  authorization?: string;
  /** The principal the API should see; undefined: the credentials must be refused (401). */
  principal?: Principal;
}

const principal = (roles: Role[], teams: string[]): Principal => ({ subject: 'x', roles, teams, via: 'token' });

describe('Every route under every kind of caller', () => {
  let api: ApiUnderTest;
  let idp: IdentityProvider;
  let routes: Route[];
  let reportId: string;
  const callers: Caller[] = [];

  beforeAll(async () => {
    idp = await startIdentityProvider();
    api = await startApi({ oidc: idp.config });
    routes = routeTable(api.app);
    const setup = api.as('setup', ['editor'], [TEAM]);
    reportId = (await setup('POST', '/api/postmortems', { title: 'Matrix', severity: 'SEV3', services: ['pay'], team: TEAM, occurredAt: '2026-01-01T00:00:00Z' })).body.id;

    const bearer = (token: string) => `Bearer ${token}`;
    const local = (roles: Role[], teams: string[]): Caller => ({
      name: `${roles.join('+')} of ${teams.join(',') || 'no team'}`,
      authorization: bearer(api.token(`${roles.join('+')}@${teams.join(',')}`, roles, teams)),
      principal: principal(roles, teams),
    });
    const tokens = api.app.get<AccessTokens>(ACCESS_TOKENS);
    const expired = await tokens.create({ name: 'expired', roles: ['admin'], teams: ['*'], createdBy: 'test', expiresAt: new Date(Date.now() - 1000) });
    const revoked = await tokens.create({ name: 'revoked', roles: ['admin'], teams: ['*'], createdBy: 'test' });
    await tokens.revoke(revoked.record.id, 'test');
    const adminClaims = { sub: 'u1', email: 'root@example.com', hindsight: { roles: ['admin'] }, groups: ['*'] };

    callers.push(
      { name: 'no token' },
      { name: 'expired token', authorization: bearer(expired.token) },
      { name: 'revoked token', authorization: bearer(revoked.token) },
      { name: 'forged JWT signature', authorization: bearer(await idp.forge(adminClaims)) },
      { name: 'alg none JWT', authorization: bearer(unsignedToken(adminClaims)) },
      { name: 'JWT for another audience', authorization: bearer(await idp.sign(adminClaims, { audience: 'someone-else' })) },
      { name: 'expired JWT', authorization: bearer(await idp.sign({ ...adminClaims, exp: Math.floor(Date.now() / 1000) - 60 })) },
      ...(['editor', 'reviewer', 'auditor', 'analyst', 'admin'] as Role[]).map((role) => local([role], role === 'admin' ? [] : [TEAM])),
      local(['editor'], [OTHER_TEAM]),
      local(['reviewer'], [OTHER_TEAM]),
      local(['editor', 'reviewer'], ['*']),
      {
        name: 'OIDC editor of the team',
        authorization: bearer(await idp.sign({ sub: 'u2', email: 'ed@example.com', hindsight: { roles: ['editor'] }, groups: [TEAM] })),
        principal: principal(['editor'], [TEAM]),
      },
      {
        name: 'OIDC reviewer of another team',
        authorization: bearer(await idp.sign({ sub: 'u3', email: 'rev@example.com', hindsight: { roles: ['reviewer'] }, groups: [OTHER_TEAM] })),
        principal: principal(['reviewer'], [OTHER_TEAM]),
      },
    );
  });

  afterAll(async () => {
    await api.stop();
    await idp.stop();
  });

  it('gives every route an access rule, so a new endpoint without one fails here', () => {
    expect(routes.length).toBeGreaterThanOrEqual(35);
    expect(routes.filter((r) => r.access === undefined).map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });

  it('leaves only health, the Prometheus metrics, what transparency logs publish (signed checkpoints, their keys, the witness protocol) and the status page public', () =>
    expect(routes.filter((r) => r.access === 'public').map((r) => r.path).sort()).toEqual([
      '/.well-known/hindsight-log-keys',
      '/api/health',
      '/api/health/live',
      '/api/health/ready',
      '/api/transparency/checkpoint',
      '/api/witness/add-checkpoint',
      '/metrics',
      '/status',
      '/status/feed.atom',
      '/status/feed.json',
      '/status/services/:service',
    ]));

  it('allows and denies exactly as the rules say', async () => {
    const mismatches: string[] = [];
    for (const route of routes) {
      const path = route.path.replace(':id', reportId).replace(/:\w+/g, 'no-such-entity');
      for (const caller of callers) {
        const hasBody = ['POST', 'PATCH', 'PUT'].includes(route.method);
        const response = await fetch(`${api.url}${path}`, {
          method: route.method,
          headers: { ...(hasBody ? { 'content-type': 'application/json' } : {}), ...(caller.authorization ? { authorization: caller.authorization } : {}) },
          body: hasBody ? JSON.stringify({ team: TEAM }) : undefined,
        });
        await response.body?.cancel();
        const expected =
          route.access === 'public' ? 'allowed'
          : caller.principal === undefined ? 401
          : isAllowed(caller.principal, route.access as Exclude<typeof route.access, 'public' | undefined>, [TEAM]) ? 'allowed'
          : 403;
        const actual = response.status === 401 || response.status === 403 ? response.status : 'allowed';
        if (actual !== expected) mismatches.push(`${route.method} ${route.path} as ${caller.name}: expected ${expected}, got ${response.status}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('refuses auditors and analysts every write, whatever their teams', () => {
    const writes = routes.filter((r) => r.method !== 'GET' && r.access !== 'public' && r.access !== undefined);
    for (const route of writes) {
      for (const role of ['auditor', 'analyst'] as Role[]) {
        expect(isAllowed(principal([role], ['*']), route.access as Exclude<Route['access'], 'public' | undefined>, [TEAM])).toBe(false);
      }
    }
  });

  it('records the OIDC subject claim as the actor', async () => {
    const token = await idp.sign({ sub: 'u9', email: 'oidc-editor@example.com', hindsight: { roles: ['editor'] }, groups: [TEAM] });
    const reply = await api.send('PATCH', `/api/postmortems/${reportId}/facts`, { summary: 'Written through SSO' }, { authorization: `Bearer ${token}` });
    expect(reply.status).toBe(200);
    const store = SqliteEventStore.open(api.databasePath);
    const last = (await store.readStream(`postmortem-${reportId}`)).at(-1);
    await store.close();
    expect(last?.metadata.actor).toBe('oidc-editor@example.com');
    const me = await api.send('GET', '/api/me', undefined, { authorization: `Bearer ${token}` });
    expect(me.body).toEqual({ subject: 'oidc-editor@example.com', roles: ['editor'], teams: [TEAM], via: 'oidc' });
  });
});
