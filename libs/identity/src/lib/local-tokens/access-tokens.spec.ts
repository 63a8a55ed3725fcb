import { SqliteEventStore } from '@hindsight/event-store';
import { generateSignerKey, parseSignerKey, parseVerifierKey } from '@hindsight/transparency';
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AccessTokens } from './access-tokens';
import { LegacyTokenTable } from './legacy-token-table';
import { ACCESS_STREAM, signGrant, tokenCreated } from './token-events';
import { hashSecret, issueSecret, parseToken } from './token-secret';

const log = parseSignerKey(generateSignerKey('hindsight.test/log'));

describe('Given local API tokens kept as events', () => {
  let dir: string;
  let file: string;
  let store: SqliteEventStore;
  let tokens: AccessTokens;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hindsight-tokens-'));
    file = join(dir, 'hindsight.sqlite');
    store = SqliteEventStore.open(file);
    tokens = new AccessTokens(store, log, [parseVerifierKey(log.vkey)]);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const create = (extra = {}) => tokens.create({ name: 'ci-bot', roles: ['editor'], teams: ['payments'], createdBy: 'admin', ...extra });

  it('when a token is created, then it authenticates as its principal, on this instance and on another reading the same log', async () => {
    const { token, record } = await create();
    const principal = { subject: 'ci-bot', roles: ['editor'], teams: ['payments'], via: 'token', tokenId: record.id };
    expect(await tokens.authenticate(token)).toEqual({ ok: true, principal });
    expect(await new AccessTokens(store, log, [parseVerifierKey(log.vkey)]).authenticate(token)).toEqual({ ok: true, principal });
  });

  it('when it is revoked through another instance, then this one refuses it at once', async () => {
    const { token, record } = await create();
    expect(await new AccessTokens(store, log, [parseVerifierKey(log.vkey)]).revoke(record.id, 'admin')).toBe(true);
    expect(await tokens.authenticate(token)).toEqual({ ok: false, reason: 'revoked' });
    expect(await tokens.revoke(record.id, 'admin')).toBe(false);
  });

  it('given this instance has just authenticated a token, when another revokes it, then the next authentication here refuses it', async () => {
    const { token, record } = await create();
    expect((await tokens.authenticate(token)).ok).toBe(true);
    expect(await new AccessTokens(store, log, [parseVerifierKey(log.vkey)]).revoke(record.id, 'admin')).toBe(true);
    expect(await tokens.authenticate(token)).toEqual({ ok: false, reason: 'revoked' });
  });

  it('then the log keeps only a hash of the secret, never the token', async () => {
    const { token } = await create();
    await store.close();
    const bytes = [file, `${file}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f).toString('latin1')).join('');
    const { secret } = parseToken(token) as { secret: string };
    expect(bytes).toContain(hashSecret(secret));
    expect(bytes).not.toContain(secret);
    store = SqliteEventStore.open(file);
  });

  it('when the secret is wrong, the token expired or it is no token at all, then it is refused', async () => {
    const { token } = await create({ expiresAt: new Date('2026-01-01T00:00:00Z') });
    expect(await tokens.authenticate(`${token.slice(0, -4)}AAAA`)).toEqual({ ok: false, reason: 'unknown' });
    expect(await tokens.authenticate(token, new Date('2026-01-02T00:00:00Z'))).toEqual({ ok: false, reason: 'expired' });
    expect(await tokens.authenticate("hst_0123456789abcdef_' OR 1=1 --")).toEqual({ ok: false, reason: 'malformed' });
  });

  it('when a creation is written into the log without the log’s key, then its token is refused and the forgery reported', async () => {
    const { id, token, secretHash } = issueSecret();
    const mallory = parseSignerKey(generateSignerKey('hindsight.test/log'));
    const forged = signGrant({ tokenId: id, name: 'mallory', roles: ['admin'], teams: ['*'], secretHash, createdAt: new Date().toISOString(), createdBy: 'admin', expiresAt: null }, mallory);
    await store.append(ACCESS_STREAM, [tokenCreated(forged)], 'any');
    expect(await tokens.authenticate(token)).toEqual({ ok: false, reason: 'unknown' });
    expect(await tokens.forged()).toEqual([expect.objectContaining({ tokenId: id, streamRevision: '0' })]);
  });

  it('when the store has a token table from before, then its tokens are carried into the log once, and a row added later is never trusted', async () => {
    const db = new Database(file);
    db.exec('CREATE TABLE api_tokens (id TEXT PRIMARY KEY, name TEXT NOT NULL, roles TEXT NOT NULL, teams TEXT NOT NULL, secret_hash TEXT NOT NULL, created_at TEXT NOT NULL, created_by TEXT NOT NULL, expires_at TEXT, revoked_at TEXT) STRICT');
    const insert = db.prepare('INSERT INTO api_tokens VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL)');
    const old = issueSecret();
    insert.run(old.id, 'old-bot', '["editor"]', '["payments"]', old.secretHash, '2025-06-01T00:00:00.000Z', 'tokens cli');
    const table = LegacyTokenTable.open(file);
    expect(await tokens.importLegacy(table)).toBe(1);
    expect(await tokens.authenticate(old.token)).toMatchObject({ ok: true, principal: { subject: 'old-bot' } });
    const late = issueSecret();
    insert.run(late.id, 'mallory', '["admin"]', '["*"]', late.secretHash, '2025-06-01T00:00:00.000Z', 'tokens cli');
    expect(await tokens.importLegacy(table)).toBe(0);
    expect(await tokens.authenticate(late.token)).toEqual({ ok: false, reason: 'unknown' });
    expect(table.holds(late.token)).toBe(true);
    table.close();
    db.close();
  });

  it('then a list shows tokens without their secrets', async () => {
    await create();
    const [listed] = await tokens.list();
    expect(Object.keys(listed)).not.toContain('secretHash');
    expect(listed.name).toBe('ci-bot');
  });
});
