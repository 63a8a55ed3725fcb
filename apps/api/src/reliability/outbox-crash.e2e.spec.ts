import { TestMailServer, TestWebhookReceiver } from '@hindsight/communications/testing';
import { spawnApi } from '@hindsight/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { overHttp } from '../testing/http-client';
import { dispatchNotice, outboxEnvironment, WEBHOOK_SECRET } from '../testing/outbox';
import { eventually } from '../testing/transparency';

describe('Given a dispatched notice whose sender is killed between the intent and the delivery', () => {
  let dir: string;
  let mail: TestMailServer;
  let hooks: TestWebhookReceiver;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hindsight-outbox-crash-'));
    [mail, hooks] = await Promise.all([TestMailServer.start(), TestWebhookReceiver.start(WEBHOOK_SECRET)]);
  });
  afterAll(async () => {
    await Promise.all([mail.close(), hooks.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('when it restarts, then the mail and the webhook arrive exactly once and the history shows the intent and the outcomes', async () => {
    const databasePath = join(dir, 'events.sqlite');
    const env = outboxEnvironment(dir, mail.url, hooks.url);
    const first = await spawnApi(databasePath, env);
    const auth = { authorization: `Bearer ${first.adminToken}` };
    // The servers take the message and do not answer: the sender is waiting for the acknowledgement when it dies.
    mail.hold();
    hooks.hold();
    const arrived = Promise.all([mail.nextArrival(), hooks.nextArrival()]);
    const report = await dispatchNotice(overHttp(first.url), auth, 'Checkout outage');
    await arrived;
    first.child.kill('SIGKILL');
    await first.exited;
    // Only once the servers have seen the sender go: they never answered, so they never accepted the message.
    await Promise.all([mail.disconnected(), hooks.disconnected()]);
    mail.release();
    hooks.release();

    const second = await spawnApi(databasePath, env);
    try {
      const send = overHttp(second.url);
      const sent = await eventually(async () => (await send('GET', report, undefined, auth)).body.communications[0], (c) => c.status === 'sent', 'the notice to be sent');
      expect(mail.received.map((m) => m.messageId)).toEqual([`<${sent.deliveries[0].id}@hindsight.outbox>`]);
      expect(hooks.received.map((h) => [h.id, h.verified])).toEqual([[sent.deliveries[1].id, true]]);

      const history = (await send('GET', `${report}/history?limit=100`, undefined, auth)).body.entries;
      expect(history.filter((e: { type: string }) => /^Communication(Dispatched|Delivered|Failed)$/.test(e.type)).map((e: { type: string; summary: string }) => [e.type, /attempt (\d)/.exec(e.summary)?.[1]])).toEqual([
        ['CommunicationDispatched', undefined],
        ['CommunicationDelivered', '2'],
        ['CommunicationDelivered', '2'],
      ]);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });
});
