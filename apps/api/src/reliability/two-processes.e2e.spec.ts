import { TestMailServer, TestWebhookReceiver } from '@hindsight/communications/testing';
import { SqliteEventStore, verifyChain } from '@hindsight/event-store';
import { AccessTokens } from '@hindsight/identity';
import { createToken, spawnApi } from '@hindsight/testing';
import { loadLogKeys } from '@hindsight/transparency';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { overHttp } from '../testing/http-client';
import { dispatchNotice, outboxEnvironment, WEBHOOK_SECRET } from '../testing/outbox';
import { eventually } from '../testing/transparency';

describe('Given two API processes on the same embedded file', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'hindsight-two-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('when both hammer the same report, then every acknowledged command is stored exactly once', async () => {
    const databasePath = join(dir, 'events.sqlite');
    const first = await spawnApi(databasePath);
    const second = await spawnApi(databasePath);
    try {
      const auth = { authorization: `Bearer ${first.adminToken}` };
      const [a, b] = [overHttp(first.url), overHttp(second.url)];
      const draft = await a('POST', '/api/postmortems', { title: 'Shared', severity: 'SEV4', services: ['s'], team: 't', occurredAt: '2026-01-01T00:00:00Z' }, auth);
      const report = `/api/postmortems/${draft.body.id}`;
      const writer = (send: typeof a, name: string) =>
        Promise.all(
          Array.from({ length: 60 }, (_, i) =>
            send('POST', `${report}/timeline`, { at: '2026-01-01T00:01:00Z', kind: 'observation', description: `${name} ${i}` }, auth).then(
              (r) => (r.status === 201 ? (r.body.id as string) : `failed ${r.status}`),
            ),
          ),
        );
      const acknowledged = (await Promise.all([writer(a, 'first'), writer(b, 'second')])).flat();
      expect(acknowledged.filter((id) => id.startsWith('failed'))).toEqual([]);

      const store = SqliteEventStore.open(databasePath);
      const events = await store.readStream(`postmortem-${draft.body.id}`);
      await store.close();
      expect(events.filter((e) => e.type === 'TimelineEntryAdded').map((e) => e.data['id']).sort()).toEqual([...acknowledged].sort());
      expect(verifyChain(events).valid).toBe(true);
      const fromSecond = await b('GET', `${report}?asOf=${events.length - 1}`, undefined, auth);
      expect(fromSecond.body.timeline).toHaveLength(120);
      // Each lists it from its own read models once they have taken in the last event.
      const last = events.at(-1)?.position as string;
      for (const send of [a, b]) expect((await send('GET', `/api/postmortems?minPosition=${last}`, undefined, auth)).body.items.map((r: { id: string }) => r.id)).toContain(draft.body.id);
    } finally {
      for (const api of [first, second]) api.child.kill('SIGTERM');
      await Promise.all([first.exited, second.exited]);
    }
  });

  it('when a token is revoked in their shared log (as the tokens tool does), then both refuse it at once; and when one is killed, the other serves on and stays ready', async () => {
    const databasePath = join(dir, 'tokens.sqlite');
    const first = await spawnApi(databasePath);
    const second = await spawnApi(databasePath);
    try {
      const [a, b] = [overHttp(first.url), overHttp(second.url)];
      const admin = { authorization: `Bearer ${first.adminToken}` };
      const token = await createToken(databasePath, { name: 'ci-bot', roles: ['editor'], teams: ['payments'] });
      const as = { authorization: `Bearer ${token}` };
      expect([(await a('GET', '/api/me', undefined, as)).status, (await b('GET', '/api/me', undefined, as)).status]).toEqual([200, 200]);
      // hst_<id>_<secret>
      const tokenId = token.split('_')[1];
      const store = SqliteEventStore.open(databasePath);
      const keys = loadLogKeys(undefined, join(dir, 'keys'), () => undefined);
      expect(await new AccessTokens(store, keys.signer, keys.verifiers).revoke(tokenId, 'admin')).toBe(true);
      await store.close();
      expect([(await a('GET', '/api/me', undefined, as)).status, (await b('GET', '/api/me', undefined, as)).status]).toEqual([401, 401]);

      first.child.kill('SIGKILL');
      await first.exited;
      const draft = await b('POST', '/api/postmortems', { title: 'After the kill', severity: 'SEV4', services: ['s'], team: 't', occurredAt: '2026-01-01T00:00:00Z' }, admin);
      expect(draft.status).toBe(201);
      expect((await b('GET', '/api/health/ready')).status).toBe(200);
    } finally {
      for (const api of [first, second]) api.child.kill('SIGTERM');
      await Promise.all([first.exited, second.exited]);
    }
  });

  it('when both run the outbox, then each dispatched notice reaches a real SMTP server and a real webhook receiver exactly once', async () => {
    const [mail, hooks] = await Promise.all([TestMailServer.start(), TestWebhookReceiver.start(WEBHOOK_SECRET)]);
    const env = outboxEnvironment(dir, mail.url, hooks.url);
    const databasePath = join(dir, 'outbox.sqlite');
    const first = await spawnApi(databasePath, env);
    const second = await spawnApi(databasePath, env);
    try {
      const auth = { authorization: `Bearer ${first.adminToken}` };
      const [a, b] = [overHttp(first.url), overHttp(second.url)];
      const reports = await Promise.all(Array.from({ length: 8 }, (_, i) => dispatchNotice(i % 2 ? a : b, auth, `Notice ${i}`)));
      for (const report of reports) {
        await eventually(async () => (await a('GET', report, undefined, auth)).body.communications[0]?.status, (status) => status === 'sent', `${report} to be sent`);
      }
      expect(mail.received).toHaveLength(8);
      expect(new Set(mail.received.map((m) => m.messageId)).size).toBe(8);
      expect(hooks.received).toHaveLength(8);
      expect(new Set(hooks.received.map((h) => h.id)).size).toBe(8);
      expect(hooks.received.every((h) => h.verified)).toBe(true);
    } finally {
      for (const api of [first, second]) api.child.kill('SIGTERM');
      await Promise.all([first.exited, second.exited, mail.close(), hooks.close()]);
    }
  });
});
