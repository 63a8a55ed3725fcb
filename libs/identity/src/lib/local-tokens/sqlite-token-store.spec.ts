import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteTokenStore } from './sqlite-token-store';
import { hashSecret, parseToken } from './token-secret';

describe('Local API tokens', () => {
  let dir: string;
  let file: string;
  let store: SqliteTokenStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hindsight-tokens-'));
    file = join(dir, 'hindsight.sqlite');
    store = SqliteTokenStore.open(file);
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const create = (extra = {}) => store.create({ name: 'ci-bot', roles: ['editor'], teams: ['payments'], createdBy: 'admin', ...extra });

  it('authenticates a new token as its principal', () => {
    const { token, record } = create();
    expect(store.authenticate(token)).toEqual({
      ok: true,
      principal: { subject: 'ci-bot', roles: ['editor'], teams: ['payments'], via: 'token', tokenId: record.id },
    });
  });

  it('stores only a hash of the secret, never the token', () => {
    const { token } = create();
    store.close();
    const onDisk = [file, `${file}-wal`].filter((f) => existsSync(f));
    const bytes = onDisk.map((f) => readFileSync(f).toString('latin1')).join('');
    const { secret } = parseToken(token) as { secret: string };
    expect(bytes).toContain(hashSecret(secret));
    expect(bytes).not.toContain(secret);
    expect(bytes).not.toContain(token);
    store = SqliteTokenStore.open(file);
  });

  it('refuses a token with a wrong secret', () => {
    const { token } = create();
    const forged = `${token.slice(0, -4)}AAAA`;
    expect(store.authenticate(forged)).toEqual({ ok: false, reason: 'unknown' });
  });

  it('refuses a revoked token', () => {
    const { token, record } = create();
    expect(store.revoke(record.id)).toBe(true);
    expect(store.authenticate(token)).toEqual({ ok: false, reason: 'revoked' });
    expect(store.revoke(record.id)).toBe(false);
  });

  it('refuses an expired token', () => {
    const { token } = create({ expiresAt: new Date('2026-01-01T00:00:00Z') });
    expect(store.authenticate(token, new Date('2026-01-02T00:00:00Z'))).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses anything that is not a token', () => {
    expect(store.authenticate('hst_x_y')).toEqual({ ok: false, reason: 'malformed' });
    expect(store.authenticate("hst_0123456789abcdef_' OR 1=1 --")).toEqual({ ok: false, reason: 'malformed' });
  });

  it('lists tokens without their secrets', () => {
    create();
    const [listed] = store.list();
    expect(Object.keys(listed)).not.toContain('secretHash');
    expect(listed.name).toBe('ci-bot');
  });
});
