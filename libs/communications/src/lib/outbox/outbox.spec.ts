import { decide, fold, type PostmortemEvent, type PostmortemState } from '@hindsight/domain';
import { InMemoryEventStore } from '@hindsight/event-store';
import { randomUUID } from 'node:crypto';
import { TestMailServer, TestWebhookReceiver } from '../../testing';
import { EmailTransport } from '../transports/email-transport';
import { WebhookTransport } from '../transports/webhook-transport';
import { DEFAULT_RETRY_POLICY } from './backoff';
import { DeliveryClaims } from './delivery-claims';
import { Outbox } from './outbox';
import type { OutboxPorts } from './ports';

const SECRET = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;
const REPORT = 'pm-1';
const STREAM = `postmortem-${REPORT}`;

/** The report's stream folded on every read, as the API's command side does; the due list is the stream too. */
const portsOver = (store: InMemoryEventStore): OutboxPorts => {
  const state = async (): Promise<PostmortemState> => fold((await store.readStream(STREAM)) as unknown as PostmortemEvent[]);
  return {
    due: async (now) =>
      ((await state())?.communications ?? []).flatMap((c) =>
        (c.deliveries ?? [])
          .filter((d) => d.status === 'pending' && (!d.retryAt || Date.parse(d.retryAt) <= now.getTime()))
          .map((d) => ({ postmortemId: REPORT, communicationId: c.id, deliveryId: d.id })),
      ),
    current: async ({ communicationId, deliveryId }) => {
      const report = await state();
      const communication = report?.communications.find((c) => c.id === communicationId);
      const delivery = communication?.deliveries?.find((d) => d.id === deliveryId);
      if (!report || !communication?.message || !delivery) return undefined;
      const stakeholder = report.stakeholders.find((s) => s.id === delivery.stakeholderId)?.name ?? '';
      return { delivery, stakeholder, message: communication.message, incident: report.facts };
    },
    record: async (_, outcome) => append(store, decide(outcome, await state())),
  };
};

const append = async (store: InMemoryEventStore, events: PostmortemEvent[]) => {
  const head = (await store.readStream(STREAM)).length - 1;
  const stored = events.map((e) => ({ id: randomUUID(), type: e.type, schemaVersion: 1, data: e.data as never, metadata: { actor: 'test', timestamp: new Date().toISOString(), correlationId: 'c', causationId: 'c' } }));
  await store.append(STREAM, stored, head < 0 ? 'no_stream' : BigInt(head));
};

const dispatchedReport = async (store: InMemoryEventStore) => {
  const facts = { title: 'Checkout outage', severity: 'SEV2' as const, services: ['checkout'], team: 'payments', occurredAt: '2026-03-15T09:00:00.000Z', customerImpact: 'Orders failed', summary: 's' };
  const history: PostmortemEvent[] = [
    { type: 'PostmortemDrafted', data: { postmortemId: REPORT, facts } },
    { type: 'StakeholderAdded', data: { id: 'st-1', name: 'Support', group: 'internal', channel: 'email', email: 'support@example.com', webhook: 'ops' } },
    { type: 'CommunicationPlanned', data: { id: 'cm-1', stakeholderIds: ['st-1'], channel: 'email', summary: 'Checkout failed for 40 minutes; refunds are automatic.' } },
  ];
  await append(store, history);
  await append(store, decide({ type: 'DispatchCommunication', data: { communicationId: 'cm-1' } }, fold(history)));
};

describe('The outbox', () => {
  let mail: TestMailServer;
  let hooks: TestWebhookReceiver;
  let store: InMemoryEventStore;
  let clock: Date;
  const outbox = (holder = 'instance-a', leaseMs = 60_000) =>
    new Outbox({
      claims: new DeliveryClaims(store, holder, leaseMs),
      ports: portsOver(store),
      transports: [new EmailTransport({ url: mail.url, from: 'Hindsight <postmortems@example.com>' }), new WebhookTransport({ ops: { url: hooks.url, secret: SECRET, format: 'standard' } })],
      retry: DEFAULT_RETRY_POLICY,
      now: () => clock,
      random: () => 0.5,
    });
  const later = (ms: number) => new Date(clock.getTime() + ms);
  const events = async () => (await store.readStream(STREAM)).map((e): Record<string, unknown> => ({ type: e.type, ...e.data }));

  beforeEach(async () => {
    [mail, hooks] = await Promise.all([TestMailServer.start(), TestWebhookReceiver.start(SECRET)]);
    store = new InMemoryEventStore();
    // The receiver checks the webhook timestamp against its own clock, as receivers must.
    clock = new Date(Math.floor(Date.now() / 1000) * 1000);
    await dispatchedReport(store);
  });
  afterEach(() => Promise.all([mail.close(), hooks.close()]));

  it('given a dispatched communication, when it runs, then the mail and the signed webhook arrive and each outcome is an event', async () => {
    expect(await outbox().deliverDue()).toBe(2);

    expect(mail.received).toEqual([expect.objectContaining({ messageId: '<cm-1-1@hindsight.outbox>', to: ['support@example.com'], subject: 'Checkout outage', text: expect.stringContaining('refunds are automatic') })]);
    expect(hooks.received).toEqual([{ id: 'cm-1-2', timestamp: String(clock.getTime() / 1000), verified: true, body: expect.objectContaining({ type: 'communication.delivered' }) }]);
    expect(hooks.received[0]?.body['data']).toMatchObject({ deliveryId: 'cm-1-2', subject: 'Checkout outage', incident: { severity: 'SEV2', services: ['checkout'] } });
    const outcomes = (await events()).filter((e) => e.type === 'CommunicationDelivered');
    expect(outcomes.sort((a, b) => String(a['deliveryId']).localeCompare(String(b['deliveryId'])))).toEqual([
      expect.objectContaining({ deliveryId: 'cm-1-1', attempt: 1, receipt: expect.stringMatching(/^250/) }),
      expect.objectContaining({ deliveryId: 'cm-1-2', attempt: 1, receipt: 'HTTP 204' }),
    ]);
    expect(fold((await store.readStream(STREAM)) as unknown as PostmortemEvent[])?.communications[0]?.status).toBe('sent');
    expect(await outbox().deliverDue()).toBe(0);
  });

  it('when a receiver fails for a while, then each failure is recorded with its retry time, and the retry delivers', async () => {
    mail.refuse(421);
    hooks.answer(503);
    await outbox().deliverDue();
    const failures = (await events()).filter((e) => e.type === 'CommunicationFailed');
    expect(failures).toHaveLength(2);
    for (const failure of failures) expect(failure).toMatchObject({ attempt: 1, retryAt: later(22_500).toISOString() });
    expect(await outbox().deliverDue()).toBe(0);

    clock = later(23_000);
    expect(await outbox().deliverDue()).toBe(2);
    expect((await events()).filter((e) => e.type === 'CommunicationDelivered').map((e) => e['attempt'])).toEqual([2, 2]);
    expect([mail.received.length, hooks.received.length]).toEqual([1, 1]);
  });

  it('when the receiver refuses for good, then the delivery is given up at once and the communication failed', async () => {
    mail.refuse(550);
    hooks.answer(410);
    await outbox().deliverDue();
    const failures = (await events()).filter((e) => e.type === 'CommunicationFailed');
    expect(failures.map((f) => [f['deliveryId'], f['reason'], 'retryAt' in f]).sort()).toEqual([
      ['cm-1-1', expect.stringContaining('550'), false],
      ['cm-1-2', expect.stringContaining('HTTP 410'), false],
    ]);
    expect(fold((await store.readStream(STREAM)) as unknown as PostmortemEvent[])?.communications[0]?.status).toBe('failed');
  });

  it('when several instances run at once, then each message is delivered exactly once', async () => {
    const instances = ['a', 'b', 'c', 'd'].map((name) => outbox(name));
    await Promise.all(instances.flatMap((o) => [o.deliverDue(), o.deliverDue()]));
    expect([mail.received.length, hooks.received.length]).toEqual([1, 1]);
    expect((await events()).filter((e) => e.type === 'CommunicationDelivered')).toHaveLength(2);
  });

  it('when the instance holding a claim dies before sending, then another sends the same message once its lease expires', async () => {
    const claims = new DeliveryClaims(store, 'died', 30_000);
    expect(await claims.claim('cm-1-1', clock)).toEqual({ attempt: 1, leaseUntil: later(30_000) });
    expect(await claims.claim('cm-1-2', clock)).toBeDefined();
    expect(await outbox('survivor').deliverDue()).toBe(0);

    clock = later(31_000);
    expect(await outbox('survivor').deliverDue()).toBe(2);
    expect(mail.received.map((m) => m.messageId)).toEqual(['<cm-1-1@hindsight.outbox>']);
    expect((await events()).filter((e) => e.type === 'CommunicationDelivered').map((e) => e['attempt'])).toEqual([2, 2]);
  });
});
