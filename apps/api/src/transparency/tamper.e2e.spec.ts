import { SqliteEventStore } from '@hindsight/event-store';
import { createToken, spawnApi, type ApiProcess } from '@hindsight/testing';
import { ACCESS_STREAM, issueSecret, signGrant, tokenCreated } from '@hindsight/identity';
import { generateSignerKey, parseSignerKey } from '@hindsight/transparency';
import { cutStream, deleteStream, rewriteEvent, runSql } from '@hindsight/transparency/testing';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runEcommerceSale } from '../testing/ecommerce-sale.scenario';
import { overHttp } from '../testing/http-client';
import { eventually } from '../testing/transparency';

const stop = async (api: ApiProcess) => {
  api.child.kill('SIGTERM');
  await api.exited;
};

/**
 * An attacker with write access to the database file edits a copy and serves it with a second
 * instance; the witness directory (another disk) kept what the first instance signed. Each
 * edit recomputes the report's hash chain, so the chain alone would pass.
 */
describe('Given a log witnessed outside its database, tampered with on a copy served by a second instance', () => {
  let dir: string;
  let original: string;
  let env: Record<string, string>;
  let admin: string;
  const reports: string[] = [];
  /** Where each (stream, revision) stood in the log before the attack. */
  const indexOf = new Map<string, number>();
  let logSize = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hindsight-tamper-'));
    original = join(dir, 'original', 'events.sqlite');
    mkdirSync(join(dir, 'original'));
    env = { HINDSIGHT_KEY_DIR: join(dir, 'keys'), HINDSIGHT_WITNESS_DIR: join(dir, 'witness'), HINDSIGHT_CHECKPOINT_EVENTS: '1' };
    const first = await spawnApi(original, env);
    try {
      admin = first.adminToken as string;
      const send = overHttp(first.url);
      const editor = await createToken(original, { name: 'alice@shop.example', roles: ['editor'], teams: ['commerce-platform'] }, env['HINDSIGHT_KEY_DIR']);
      const reviewer = await createToken(original, { name: 'dana@shop.example', roles: ['reviewer'], teams: ['commerce-platform'] }, env['HINDSIGHT_KEY_DIR']);
      for (let i = 0; i < 3; i += 1) reports.push((await runEcommerceSale(send, { editor, reviewer })).postmortemId);
      expect((await fetch(`${first.url}/api/postmortems/${reports[0]}/export/markdown`, { headers: { authorization: `Bearer ${admin}` } })).status).toBe(200);
      const store = SqliteEventStore.open(original);
      const events = await store.readAll();
      await store.close();
      events.forEach((e, i) => indexOf.set(`${e.streamId}@${e.revision}`, i));
      logSize = events.length;
      await eventually(() => fetch(`${first.url}/api/transparency/checkpoint`).then((r) => r.text()), (note) => note.includes(`\n${logSize}\n`), 'a witnessed checkpoint of the whole log');
    } finally {
      await stop(first);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Copies the database, lets `attack` edit the copy, serves it, and returns the second instance's verdicts: the log's, and `reportId`'s chain and integrity. */
  const attackCopy = async (name: string, attack: (file: string) => void | Promise<void>, reportId = reports[0], signInWith?: string) => {
    const copy = join(dir, name, 'events.sqlite');
    mkdirSync(join(dir, name));
    for (const suffix of ['', '-wal', '-shm']) if (existsSync(original + suffix)) copyFileSync(original + suffix, copy + suffix);
    await attack(copy);
    const second = await spawnApi(copy, env);
    try {
      const send = overHttp(second.url);
      const auth = { authorization: `Bearer ${admin}` };
      const signIn = signInWith ? (await send('GET', '/api/me', undefined, { authorization: `Bearer ${signInWith}` })).status : undefined;
      const { body } = await eventually(() => send('GET', '/api/integrity', undefined, auth), (r) => Boolean(r.body?.checkedAt), 'the first integrity check');
      return {
        verdict: body,
        chain: (await send('GET', `/api/postmortems/${reportId}/verify`, undefined, auth)).body,
        report: (await send('GET', `/api/postmortems/${reportId}/integrity`, undefined, auth)).body,
        health: (await send('GET', '/api/health')).body,
        signIn,
      };
    } finally {
      await stop(second);
    }
  };

  it('when nothing was changed, then the copy verifies', async () => {
    const { verdict, health } = await attackCopy('untouched', () => undefined);
    expect(verdict).toMatchObject({ status: 'verified', checkpoint: { size: logSize, source: 'witness directory' } });
    expect(health.integrity).toBe('verified');
  });

  it('when event 10 of a report was rewritten (actor, backdated time, text), then the check names that event though its chain verifies', async () => {
    const stream = `postmortem-${reports[0]}`;
    const { verdict, chain, report, health } = await attackCopy('rewritten', (file) =>
      rewriteEvent(file, stream, 10, (e) => ({ ...e, data: { ...e.data, description: 'Nothing to see here' }, metadata: { ...e.metadata, actor: 'mallory@shop.example', timestamp: '2025-01-01T00:00:00.000Z' } })),
    );
    expect(verdict).toMatchObject({ status: 'failed', firstBad: { index: indexOf.get(`${stream}@10`), event: { streamId: stream, revision: '10' } } });
    expect(chain).toMatchObject({ valid: true });
    expect(report).toMatchObject({ status: 'failed', reason: expect.stringMatching(/^revision 10: /) });
    expect(health.integrity).toBe('failed');
  });

  it('when the last two events of a report were cut, then the check names the place of the first missing one, and every report warns', async () => {
    const stream = `postmortem-${reports[1]}`;
    const last = [...indexOf.keys()].filter((k) => k.startsWith(`${stream}@`)).length - 1;
    const { verdict, report } = await attackCopy('cut', (file) => cutStream(file, stream, 2), reports[1]);
    // The events are gone and the witness keeps only their hashes: which report lost them cannot be told.
    expect(report.status).toBe('unverified');
    expect(verdict).toMatchObject({ status: 'failed', logSize: logSize - 2, firstBad: { index: indexOf.get(`${stream}@${last - 1}`), reason: expect.stringMatching(/missing/) } });
  });

  it('when a whole report was deleted, then the check names its first event', async () => {
    const stream = `postmortem-${reports[2]}`;
    const { verdict } = await attackCopy('deleted', (file) => deleteStream(file, stream));
    expect(verdict).toMatchObject({ status: 'failed', firstBad: { index: indexOf.get(`${stream}@0`), reason: expect.stringMatching(/missing/) } });
  });

  it('when the newest audit-exports record was deleted, then the check says the log was rolled back there, and the witness refused the shorter log', async () => {
    const { verdict } = await attackCopy('rolled-back', (file) => cutStream(file, 'audit-exports', 1));
    expect(verdict).toMatchObject({ status: 'failed', logSize: logSize - 1, firstBad: { index: logSize - 1, reason: expect.stringMatching(/rolled back/) } });
    expect(verdict.alarms).toEqual([expect.stringMatching(/witness directory .* refused the checkpoint: .*rolled back/)]);
  });

  it('when a token row with a known secret was inserted into the database file, then sign-in with it is refused and verification reports it', async () => {
    const { id, token, secretHash } = issueSecret();
    const { verdict, signIn } = await attackCopy(
      'token-row',
      (file) => {
        runSql(file, 'CREATE TABLE IF NOT EXISTS api_tokens (id TEXT PRIMARY KEY, name TEXT NOT NULL, roles TEXT NOT NULL, teams TEXT NOT NULL, secret_hash TEXT NOT NULL, created_at TEXT NOT NULL, created_by TEXT NOT NULL, expires_at TEXT, revoked_at TEXT) STRICT');
        runSql(file, "INSERT INTO api_tokens VALUES (?, 'mallory', '[\"admin\"]', '[\"*\"]', ?, '2026-01-01T00:00:00.000Z', 'admin', NULL, NULL)", id, secretHash);
      },
      reports[0],
      token,
    );
    expect(signIn).toBe(401);
    expect(verdict.status).toBe('failed');
    expect(verdict.alarms).toContainEqual(expect.stringMatching(new RegExp(`api_tokens table holds token ${id} \\(mallory\\), which is not in the log`)));
  });

  it('when a token creation was appended to the log without the log’s key, then sign-in with it is refused and verification reports it', async () => {
    const { id, token, secretHash } = issueSecret();
    const mallory = parseSignerKey(generateSignerKey('hindsight.local/log'));
    const forged = signGrant({ tokenId: id, name: 'mallory', roles: ['admin'], teams: ['*'], secretHash, createdAt: new Date().toISOString(), createdBy: 'admin', expiresAt: null }, mallory);
    const { verdict, signIn } = await attackCopy(
      'token-event',
      async (file) => {
        const store = SqliteEventStore.open(file);
        await store.append(ACCESS_STREAM, [tokenCreated(forged)], 'any');
        await store.close();
      },
      reports[0],
      token,
    );
    expect(signIn).toBe(401);
    expect(verdict.alarms).toContainEqual(expect.stringMatching(new RegExp(`Token ${id} was created at revision \\d+ of access-tokens without the log's signature`)));
  });
});
