import { TestMailServer, TestWebhookReceiver } from '@hindsight/communications/testing';
import { simpleParser } from 'mailparser';
import ical, { type VEvent } from 'node-ical';
import { type ApiUnderTest, startApi } from '../testing/api-under-test';
import { eventually } from '../testing/transparency';

const SECRET = `whsec_${Buffer.alloc(32, 9).toString('base64')}`;
const facts = { title: 'Checkout outage', severity: 'SEV2', services: ['checkout'], team: 'payments', occurredAt: '2026-03-15T09:00:00Z' };
type Editor = ApiUnderTest['as'] extends (...args: never[]) => infer S ? S : never;

describe('Dispatching a communication over HTTP, delivered by the outbox to real mail and webhook servers', () => {
  let api: ApiUnderTest;
  let mail: TestMailServer;
  let hooks: TestWebhookReceiver;
  let alice: Editor;

  beforeAll(async () => {
    [mail, hooks] = await Promise.all([TestMailServer.start(), TestWebhookReceiver.start(SECRET)]);
    api = await startApi({
      outbox: {
        mail: { url: mail.url, from: 'Hindsight <postmortems@shop.example>' },
        webhooks: {
          ops: { url: hooks.url, secret: SECRET, format: 'standard' },
          chat: { url: hooks.url, secret: SECRET, format: 'slack' },
          // Nothing listens on port 9 of this machine: every attempt fails to connect.
          gone: { url: 'http://127.0.0.1:9/hooks', secret: SECRET, format: 'standard' },
        },
        pollMs: 50,
        leaseMs: 60_000,
        retry: { maxAttempts: 2, firstDelayMs: 100, maxDelayMs: 1000 },
      },
      // From midnight UTC, so the day's reminders go out whenever the test runs.
      reminders: { hourUtc: 0, dueWithinDays: 7, checkEveryMs: 100 },
    });
    alice = api.as('alice@shop.example', ['editor'], ['payments']);
  });
  afterAll(() => Promise.all([api.stop(), mail.close(), hooks.close()]));

  const reportWith = async (stakeholders: object[], channel = 'email') => {
    const { body: draft } = await alice('POST', '/api/postmortems', facts);
    const ids: string[] = [];
    for (const stakeholder of stakeholders) ids.push((await alice('POST', `/api/postmortems/${draft.id}/stakeholders`, stakeholder)).body.id);
    const planned = await alice('POST', `/api/postmortems/${draft.id}/communications`, { stakeholderIds: ids, channel, summary: 'Checkout failed for 40 minutes. Refunds are automatic.' });
    return { report: `/api/postmortems/${draft.id}`, communication: `/api/postmortems/${draft.id}/communications/${planned.body.id}` };
  };
  const communicationOf = async (report: string) => (await alice('GET', report)).body.communications[0];
  /** The last mail to `address`, parsed with its attachments (the calendar invitation among them). */
  const mailTo = async (address: string) => {
    const raw = mail.received.filter((m) => m.to.includes(address)).at(-1)?.raw;
    return raw && simpleParser(raw);
  };
  const settled = (report: string) => eventually(() => communicationOf(report), (c) => c.status === 'sent' || c.status === 'failed', 'every delivery to have an outcome');

  it('given stakeholders with an address, when a communication is dispatched, then mail and signed webhooks arrive and the history shows intent and outcomes', async () => {
    const { report, communication } = await reportWith([
      { name: 'Support', group: 'internal', channel: 'email', email: 'support@shop.example', webhook: 'ops' },
      { name: 'Incident channel', group: 'internal', channel: 'in_app_notice', webhook: 'chat' },
    ]);
    const dispatched = await alice('POST', `${communication}/dispatch`, { subject: 'Checkout outage on 15 March' });
    expect(dispatched.status).toBe(202);

    const sent = await settled(report);
    expect(sent).toMatchObject({ status: 'sent', message: { subject: 'Checkout outage on 15 March', body: 'Checkout failed for 40 minutes. Refunds are automatic.' } });
    expect(sent.deliveries.map((d: { transport: string; to: string; status: string; attempts: number }) => [d.transport, d.to, d.status, d.attempts])).toEqual([
      ['email', 'support@shop.example', 'delivered', 1],
      ['webhook', 'ops', 'delivered', 1],
      ['webhook', 'chat', 'delivered', 1],
    ]);
    const received = mail.received.find((m) => m.to.includes('support@shop.example'));
    expect(received).toMatchObject({ subject: 'Checkout outage on 15 March', messageId: `<${sent.deliveries[0].id}@hindsight.outbox>`, from: expect.stringContaining('postmortems@shop.example') });
    expect(received?.text.trim()).toBe('Checkout failed for 40 minutes. Refunds are automatic.');
    const byId = new Map(hooks.received.map((h) => [h.id, h]));
    expect(byId.get(sent.deliveries[1].id)).toMatchObject({ verified: true, body: { type: 'communication.delivered', data: { subject: 'Checkout outage on 15 March', incident: { severity: 'SEV2' } } } });
    expect(byId.get(sent.deliveries[2].id)).toMatchObject({ verified: true, body: { text: expect.stringContaining('Checkout outage on 15 March'), blocks: expect.any(Array) } });

    const history = (await alice('GET', `${report}/history?limit=100`)).body.entries;
    const outbox = history.filter((e: { type: string }) => e.type.startsWith('Communication'));
    expect(outbox.map((e: { type: string; actor: string }) => [e.type, e.actor])).toEqual([
      ['CommunicationPlanned', 'alice@shop.example'],
      ['CommunicationDispatched', 'alice@shop.example'],
      ['CommunicationDelivered', 'outbox'],
      ['CommunicationDelivered', 'outbox'],
      ['CommunicationDelivered', 'outbox'],
    ]);
  });

  it('when a webhook cannot be reached, then each failure is recorded with its reason and the last gives up: nothing is lost silently', async () => {
    const { report, communication } = await reportWith([{ name: 'Partner', group: 'partner', channel: 'email', webhook: 'gone' }]);
    const early = await alice('POST', `${communication}/dispatch`, {});
    expect([early.status, early.body.rule]).toEqual([422, 'approval_required']);
    expect((await api.as('rita@shop.example', ['reviewer'], ['payments'])('POST', `${communication}/approve`, { reason: 'Reviewed with legal' })).status).toBe(200);
    await alice('POST', `${communication}/dispatch`, {});
    const failed = await settled(report);
    expect(failed).toMatchObject({ status: 'failed', deliveries: [{ status: 'failed', attempts: 2, lastError: expect.stringContaining('could not be reached') }] });
    const failures = (await alice('GET', `${report}/history?limit=100`)).body.entries.filter((e: { type: string }) => e.type === 'CommunicationFailed');
    expect(failures.map((e: { summary: string }) => e.summary)).toEqual([expect.stringMatching(/attempt 1: .*retrying at/), expect.stringMatching(/attempt 2: .*gave up/)]);
  });

  it('refuses, changing nothing, an address that is not one, a webhook the server does not know, and a communication nobody can receive', async () => {
    const { report, communication } = await reportWith([{ name: 'Board', group: 'internal', channel: 'internal_meeting' }]);
    const before = (await alice('GET', report)).body.revision;
    const badEmail = await alice('POST', `${report}/stakeholders`, { name: 'X', group: 'customer', channel: 'email', email: 'not an address' });
    expect(badEmail.status).toBe(400);
    expect(badEmail.body.errors).toEqual([{ field: 'email', reason: 'must be an email address' }]);
    const unknownHook = await alice('POST', `${report}/stakeholders`, { name: 'X', group: 'customer', channel: 'email', webhook: 'nowhere' });
    expect([unknownHook.status, unknownHook.body.rule, unknownHook.body.detail]).toEqual([422, 'undeliverable', expect.stringContaining("no webhook endpoint named 'nowhere'")]);
    const nobody = await alice('POST', `${communication}/dispatch`, {});
    expect([nobody.status, nobody.body.rule]).toEqual([422, 'no_recipients']);
    const unknownField = await alice('POST', `${communication}/dispatch`, { to: 'everyone@shop.example' });
    expect(unknownField.status).toBe(400);
    expect((await alice('GET', report)).body.revision).toBe(before);
  });

  it('given a review meeting with a time, when it is sent, then each attendee gets a calendar invitation a calendar library reads', async () => {
    const { body: draft } = await alice('POST', '/api/postmortems', facts);
    const report = `/api/postmortems/${draft.id}`;
    const support = await alice('POST', `${report}/stakeholders`, { name: 'Support', group: 'internal', channel: 'internal_meeting', email: 'support@shop.example' });
    const meeting = await alice('POST', `${report}/communications`, {
      stakeholderIds: [support.body.id],
      channel: 'internal_meeting',
      summary: 'Walk through the timeline and causes; assign the open action items',
      plannedFor: '2027-03-16T14:00:00Z',
      meeting: { durationMinutes: 45, location: 'Room 4.12' },
    });
    await alice('POST', `${report}/communications/${meeting.body.id}/dispatch`, { subject: 'Review: checkout outage' });
    await settled(report);

    const mail = await eventually(async () => mailTo('support@shop.example'), (m) => m !== undefined, 'the invitation');
    const calendar = mail?.attachments.find((a) => a.contentType.startsWith('text/calendar'));
    const events = Object.values(ical.sync.parseICS(calendar?.content.toString('utf8') ?? '')).filter((c): c is VEvent => c?.type === 'VEVENT');
    expect(events).toHaveLength(1);
    const [event] = events;
    expect([event?.uid, event?.start.toISOString(), event?.end?.toISOString(), event?.summary, event?.location]).toEqual([
      `${meeting.body.id}@hindsight.outbox`,
      '2027-03-16T14:00:00.000Z',
      '2027-03-16T14:45:00.000Z',
      'Review: checkout outage',
      'Room 4.12',
    ]);
    expect(JSON.stringify(event?.attendee)).toContain('support@shop.example');
    expect(JSON.stringify(event?.organizer)).toContain('postmortems@shop.example');
  });

  it('given an action item due tomorrow, then its owner gets the day\'s reminder by mail, once', async () => {
    const { body: draft } = await alice('POST', '/api/postmortems', facts);
    const report = `/api/postmortems/${draft.id}`;
    const cause = await alice('POST', `${report}/causes`, { level: 'causal_factor', category: 'faulty_deployment', description: 'No canary', evidenceIds: [], timelineEntryIds: [] });
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await alice('POST', `${report}/action-items`, {
      title: 'Canary releases for checkout', description: 'Roll out to 5 % first', successCriteria: 'A bad canary halts the rollout', type: 'prevent',
      causeIds: [cause.body.id], dueDate: tomorrow, owner: { kind: 'person', name: 'carol@shop.example' }, priority: { frequency: 'occasional', effort: 'small' },
    });
    const reminder = await eventually(async () => mail.received.filter((m) => m.to.includes('carol@shop.example')), (found) => found.length > 0, 'the reminder');
    expect(reminder.map((m) => m.subject)).toEqual(['1 action item due soon']);
    expect(reminder[0]?.text).toContain(`- Canary releases for checkout (Checkout outage): due ${tomorrow}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(mail.received.filter((m) => m.to.includes('carol@shop.example'))).toHaveLength(1);
  });
});
