import { SqliteEventStore } from '@hindsight/event-store';
import { AccessTokens } from '@hindsight/identity';
import { loadLogKeys } from '@hindsight/transparency';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(__dirname, '../../../../dist/tools/tokens.js');

describe('The tokens command line', () => {
  let dir: string;
  let data: string;
  const tokens = (...args: string[]) => execFileSync(process.execPath, [CLI, '--data', data, ...args], { encoding: 'utf8' });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hindsight-cli-'));
    data = join(dir, 'hindsight.sqlite');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a token that authenticates, lists it without its secret, and revokes it, each as a signed event in the log', async () => {
    const created = tokens('create', '--name', 'ci-bot', '--role', 'editor', '--role', 'reviewer', '--team', 'payments', '--expires-in-days', '30');
    const token = created.trim().split('\n').at(-1) as string;
    expect(token).toMatch(/^hst_/);

    const store = SqliteEventStore.open(data);
    const keys = loadLogKeys(undefined, join(dir, 'keys'), () => undefined);
    const reader = new AccessTokens(store, keys.signer, keys.verifiers);
    const auth = await reader.authenticate(token);
    expect(auth).toMatchObject({ ok: true, principal: { subject: 'ci-bot', roles: ['editor', 'reviewer'], teams: ['payments'] } });
    const id = auth.ok ? auth.principal.tokenId : '';

    const listed = tokens('list');
    expect(listed).toContain(`${id}\tci-bot\teditor,reviewer\tpayments`);
    expect(listed).toContain('active');
    expect(listed).not.toContain(token.slice(22));

    expect(tokens('revoke', id as string)).toContain('Revoked');
    expect(await reader.authenticate(token)).toEqual({ ok: false, reason: 'revoked' });
    expect(tokens('list')).toContain('revoked');
    expect((await store.readStream('access-tokens')).map((e) => e.type)).toEqual(['LegacyTokensImported', 'ApiTokenCreated', 'ApiTokenRevoked']);
    await store.close();
  });

  it('refuses an unknown role with a clear message and a non-zero exit', () => {
    expect(() => execFileSync(process.execPath, [CLI, '--data', data, 'create', '--name', 'x', '--role', 'god'], { stdio: 'pipe' })).toThrow(
      /must be one of editor, reviewer, auditor, analyst, admin/,
    );
  });

  it('refuses to revoke a token that does not exist', () => {
    expect(() => execFileSync(process.execPath, [CLI, '--data', data, 'revoke', 'nope'], { stdio: 'pipe' })).toThrow(/no active token/);
  });
});
