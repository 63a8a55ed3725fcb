import { ConfigError, loadConfig } from './config';

describe('Configuration', () => {
  it('defaults to the embedded store on localhost', () =>
    expect(loadConfig({})).toEqual({
      host: '127.0.0.1',
      port: 3000,
      databasePath: 'data/hindsight.sqlite',
      readModelsPath: 'data/hindsight.read-models.sqlite',
      logLevel: 'info',
      demo: true,
      corsOrigins: [],
      rateLimitPerMinute: 1200,
      rateLimitPerAddressPerMinute: 6000,
      signInFailuresPerMinute: 20,
      separationOfDuties: true,
      apiDocs: true,
    }));

  it('takes OIDC settings only all together', () => {
    expect(() => loadConfig({ HINDSIGHT_OIDC_ISSUER: 'https://id.example.com' })).toThrow(/ISSUER, AUDIENCE and JWKS_URL together/);
    expect(
      loadConfig({
        HINDSIGHT_OIDC_ISSUER: 'https://id.example.com',
        HINDSIGHT_OIDC_AUDIENCE: 'hindsight',
        HINDSIGHT_OIDC_JWKS_URL: 'https://id.example.com/jwks',
      }).oidc,
    ).toEqual({
      issuer: 'https://id.example.com',
      audience: 'hindsight',
      jwksUrl: 'https://id.example.com/jwks',
      subjectClaim: 'sub',
      rolesClaim: 'roles',
      teamsClaim: 'teams',
    });
  });

  it('takes a KurrentDB connection string, and refuses anything else there', () => {
    expect(loadConfig({ HINDSIGHT_EVENTSTORE: 'kurrentdb://kurrentdb:2113?tls=false' }).eventStore).toBe('kurrentdb://kurrentdb:2113?tls=false');
    expect(() => loadConfig({ HINDSIGHT_EVENTSTORE: 'postgres://db' })).toThrow(/HINDSIGHT_EVENTSTORE: must be a KurrentDB connection string/);
  });

  it('reads the CORS allow-list and refuses what is not an origin', () => {
    expect(loadConfig({ HINDSIGHT_CORS_ORIGINS: 'https://a.example.com, https://b.example.com' }).corsOrigins).toEqual([
      'https://a.example.com',
      'https://b.example.com',
    ]);
    expect(() => loadConfig({ HINDSIGHT_CORS_ORIGINS: 'not an origin' })).toThrow(/HINDSIGHT_CORS_ORIGINS/);
  });

  it('names every bad value', () => {
    const load = () => loadConfig({ HINDSIGHT_PORT: 'eighty', HINDSIGHT_LOG_LEVEL: 'loud' });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/HINDSIGHT_PORT[\s\S]*HINDSIGHT_LOG_LEVEL/);
  });
});
