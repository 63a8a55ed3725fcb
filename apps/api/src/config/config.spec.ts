import { DEFAULT_TAXONOMY } from '@hindsight/domain';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_REGIMES_DIR, loadRegimes } from '@hindsight/communications';
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
      readyMaxLag: { events: 1000, seconds: 30 },
      separationOfDuties: true,
      taxonomy: DEFAULT_TAXONOMY,
      apiDocs: true,
      maxAppendBytes: 1_048_576,
      outbox: { webhooks: {}, pollMs: 1000, leaseMs: 60_000, retry: { maxAttempts: 8, firstDelayMs: 30_000, maxDelayMs: 21_600_000 } },
    statusPage: { organisation: 'Hindsight' },
    stakeholderDirectory: { stakeholders: [] },
    reminders: { hourUtc: 8, dueWithinDays: 7, checkEveryMs: 300_000 },
      evidence: { directory: 'data/evidence', maxBytes: 26_214_400 },
      regulatory: { regimes: loadRegimes(DEFAULT_REGIMES_DIR), timeZone: 'UTC' },
      transparency: { keyDir: 'data/keys', checkpointEvery: { seconds: 60, events: 1000 }, witnesses: [], witnessFor: [], verifyEverySeconds: 3600 },
    }));

  it('takes witnesses as "<URL> <verifier key>" and names a malformed key', () => {
    const vkey = 'example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k';
    expect(loadConfig({ HINDSIGHT_WITNESSES: `https://w.example/api/witness ${vkey}` }).transparency.witnesses).toEqual([{ url: 'https://w.example/api/witness', vkey }]);
    expect(() => loadConfig({ HINDSIGHT_WITNESSES: 'https://w.example/api/witness nonsense' })).toThrow(/HINDSIGHT_WITNESSES.*each witness is/);
    expect(() => loadConfig({ HINDSIGHT_WITNESS_FOR: vkey.replace('530d903a', '00000000') })).toThrow(/HINDSIGHT_WITNESS_FOR/);
    expect(() => loadConfig({ HINDSIGHT_SIGNING_KEY: 'secret' })).toThrow(/HINDSIGHT_SIGNING_KEY: must be an Ed25519 signer key/);
  });

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

  it('reads where the outbox sends, and names a bad SMTP URL or webhooks file', () => {
    const webhooks = join(mkdtempSync(join(tmpdir(), 'webhooks-')), 'webhooks.json');
    const secret = `whsec_${Buffer.alloc(32, 1).toString('base64')}`;
    writeFileSync(webhooks, JSON.stringify({ 'ops-slack': { url: 'https://hooks.example.com/x', secret, format: 'slack' } }));
    const outbox = loadConfig({ HINDSIGHT_SMTP_URL: 'smtp://mail.example.com:587', HINDSIGHT_MAIL_FROM: 'Ops <ops@example.com>', HINDSIGHT_WEBHOOKS_FILE: webhooks }).outbox;
    expect(outbox.mail).toEqual({ url: 'smtp://mail.example.com:587', from: 'Ops <ops@example.com>' });
    expect(outbox.webhooks).toEqual({ 'ops-slack': { url: 'https://hooks.example.com/x', secret, format: 'slack' } });
    expect(() => loadConfig({ HINDSIGHT_SMTP_URL: 'http://mail.example.com' })).toThrow(/HINDSIGHT_SMTP_URL: must be an SMTP URL/);
    writeFileSync(webhooks, JSON.stringify({ ops: { url: 'https://hooks.example.com/x', secret: 'hunter2' } }));
    expect(() => loadConfig({ HINDSIGHT_WEBHOOKS_FILE: webhooks })).toThrow(/HINDSIGHT_WEBHOOKS_FILE: .*ops\.secret: must be a Standard Webhooks secret/);
  });

  it('reads the regimes and the organisation\'s calendar, and names a bad country, zone or regime file', () => {
    const config = loadConfig({ HINDSIGHT_JURISDICTION: 'DE', HINDSIGHT_TIME_ZONE: 'Europe/Berlin' }).regulatory;
    expect([config.jurisdiction, config.timeZone, config.regimes.map((r) => r.id).sort()]).toEqual(['DE', 'Europe/Berlin', ['eu-dora', 'eu-gdpr', 'eu-nis2', 'us-sec-8k']]);
    expect(() => loadConfig({ HINDSIGHT_JURISDICTION: 'de' })).toThrow(/HINDSIGHT_JURISDICTION: must be a country code/);
    expect(() => loadConfig({ HINDSIGHT_JURISDICTION: 'XQ' })).toThrow(/HINDSIGHT_JURISDICTION: no holiday calendar for the country 'XQ'/);
    expect(() => loadConfig({ HINDSIGHT_TIME_ZONE: 'Mars/Olympus' })).toThrow(/HINDSIGHT_TIME_ZONE: unknown time zone/);
    const own = mkdtempSync(join(tmpdir(), 'regimes-'));
    writeFileSync(join(own, 'uk-fca.json'), JSON.stringify({ id: 'uk-fca', name: 'FCA', source: 'SUP 15', calendar: 'organisation', stages: [{ id: 'notice', name: 'Notice', opensAt: 'filed:none', within: [{ of: 'becameAwareAt', duration: 'PT24H' }] }] }));
    expect(() => loadConfig({ HINDSIGHT_REGIMES_DIR: own })).toThrow(/HINDSIGHT_REGIMES_DIR: .*uk-fca.json: no stage for filed:none/);
  });

  it('reads the stakeholder directory, and names an entry that is wrong or names an unknown webhook', () => {
    const dir = mkdtempSync(join(tmpdir(), 'directory-'));
    const file = join(dir, 'stakeholders.json');
    const stakeholders = [
      { name: 'Management', group: 'internal', channel: 'email', email: 'leadership@shop.example' },
      { name: 'Payments regulator', group: 'regulator', channel: 'regulatory_report' },
    ];
    writeFileSync(file, JSON.stringify({ stakeholders }));
    expect(loadConfig({ HINDSIGHT_STAKEHOLDERS_FILE: file }).stakeholderDirectory).toEqual({ stakeholders });
    writeFileSync(file, JSON.stringify({ stakeholders: [{ name: 'Press', group: 'media', channel: 'email' }] }));
    expect(() => loadConfig({ HINDSIGHT_STAKEHOLDERS_FILE: file })).toThrow(/HINDSIGHT_STAKEHOLDERS_FILE: .*stakeholders.0.group: must be one of/);
    writeFileSync(file, JSON.stringify({ stakeholders: [{ name: 'Ops', group: 'internal', channel: 'in_app_notice', webhook: 'ops-slack' }] }));
    expect(() => loadConfig({ HINDSIGHT_STAKEHOLDERS_FILE: file })).toThrow(/no webhook endpoint named 'ops-slack' \(Ops\)/);
  });

  it('names every bad value', () => {
    const load = () => loadConfig({ HINDSIGHT_PORT: 'eighty', HINDSIGHT_LOG_LEVEL: 'loud' });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/HINDSIGHT_PORT[\s\S]*HINDSIGHT_LOG_LEVEL/);
  });

  describe('reads the organisation\'s taxonomy from HINDSIGHT_TAXONOMY', () => {
    const file = (content: string) => {
      const path = join(mkdtempSync(join(tmpdir(), 'taxonomy-')), 'taxonomy.json');
      writeFileSync(path, content);
      return path;
    };
    const everyLevel = [
      { id: 'software_bug', levels: ['causal_factor'] },
      { id: 'external_trigger', levels: ['causal_factor', 'contributing_cause'] },
      { id: 'documentation', levels: ['systemic_issue'] },
    ];

    it('takes a file that gives every level a category', () =>
      expect(loadConfig({ HINDSIGHT_TAXONOMY: file(JSON.stringify({ categories: everyLevel })) }).taxonomy).toEqual({ categories: everyLevel }));

    it('takes the example in docs/domain.md', () => {
      const doc = readFileSync(join(__dirname, '../../../../docs/domain.md'), 'utf8');
      const example = /## The cause taxonomy[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
      expect(loadConfig({ HINDSIGHT_TAXONOMY: file(example) }).taxonomy.categories.map((c) => c.id)).toEqual(['software_bug', 'external_trigger', 'tooling']);
    });

    it('refuses a file that is not JSON, naming the variable', () =>
      expect(() => loadConfig({ HINDSIGHT_TAXONOMY: file('{ categories') })).toThrow(/HINDSIGHT_TAXONOMY: cannot read .* as JSON/));

    it('refuses a file that leaves a level without categories or repeats one', () => {
      expect(() => loadConfig({ HINDSIGHT_TAXONOMY: file(JSON.stringify({ categories: everyLevel.slice(0, 2) })) })).toThrow(/every level/);
      expect(() => loadConfig({ HINDSIGHT_TAXONOMY: file(JSON.stringify({ categories: [...everyLevel, everyLevel[0]] })) })).toThrow(/twice/);
      expect(() => loadConfig({ HINDSIGHT_TAXONOMY: file(JSON.stringify({ categories: [{ id: 'Bad Id', levels: ['causal_factor'] }] })) })).toThrow(
        /HINDSIGHT_TAXONOMY \.categories\.0\.id/,
      );
    });
  });
});
