import { fold } from '../evolve';
import { DEFAULT_POLICY } from '../policy';
import type { PostmortemEvent } from '../events';
import { communication, drafted, stakeholder } from '../../testing/fixtures';
import { given } from '../../testing/specification';

const support = stakeholder({ email: 'support@example.com', webhook: 'ops-slack' });
const customers = stakeholder({ id: 'st-2', name: 'Customers', group: 'customer', channel: 'email', email: 'list@example.com' });
const planned: PostmortemEvent[] = [
  drafted(),
  { type: 'StakeholderAdded', data: support },
  { type: 'StakeholderAdded', data: customers },
  { type: 'CommunicationPlanned', data: communication({ stakeholderIds: ['st-1', 'st-2'], channel: 'email' }) },
  // It reaches customers: a reviewer approved its text.
  { type: 'CommunicationApproved', data: { communicationId: 'cm-1' } },
];
const dispatched: PostmortemEvent = {
  type: 'CommunicationDispatched',
  data: {
    communicationId: 'cm-1',
    message: { subject: 'Checkout outage', body: 'Walk support through the incident' },
    deliveries: [
      { id: 'cm-1-1', stakeholderId: 'st-1', transport: 'email', to: 'support@example.com' },
      { id: 'cm-1-2', stakeholderId: 'st-1', transport: 'webhook', to: 'ops-slack' },
      { id: 'cm-1-3', stakeholderId: 'st-2', transport: 'email', to: 'list@example.com' },
    ],
  },
};
const outcome = (deliveryId: string, attempt = 1) => ({ communicationId: 'cm-1', deliveryId, attempt });
const deliveredAt = (deliveryId: string, at: string): PostmortemEvent => ({
  type: 'CommunicationDelivered',
  data: { ...outcome(deliveryId), deliveredAt: at, receipt: '250 OK' },
});
const communicationAfter = (...events: PostmortemEvent[]) => fold([...planned, dispatched, ...events])?.communications[0];

describe('Dispatching a communication', () => {
  it('records the exact message and one delivery per address of each stakeholder', () =>
    given(...planned).when({ type: 'DispatchCommunication', data: { communicationId: 'cm-1', subject: 'Checkout outage' } }).then(dispatched));

  it('takes the subject from the incident and the body from the summary when none is given', () => {
    given(...planned.slice(0, 2), { type: 'CommunicationPlanned', data: communication() })
      .when({ type: 'DispatchCommunication', data: { communicationId: 'cm-1' } })
      .then({
        type: 'CommunicationDispatched',
        data: {
          communicationId: 'cm-1',
          message: { subject: fold([drafted()])?.facts.title ?? '', body: 'Walk support through the incident' },
          deliveries: [
            { id: 'cm-1-1', stakeholderId: 'st-1', transport: 'email', to: 'support@example.com' },
            { id: 'cm-1-2', stakeholderId: 'st-1', transport: 'webhook', to: 'ops-slack' },
          ],
        },
      });
  });

  it('refuses what goes to customers before a reviewer approved it, and again after a revision withdrew the approval', () => {
    given(...planned.slice(0, -1)).when({ type: 'DispatchCommunication', data: { communicationId: 'cm-1' } }).thenRefuses('approval_required');
    given(...planned, { type: 'CommunicationRevised', data: { communicationId: 'cm-1', changes: { summary: 'Changed after approval' } } })
      .when({ type: 'DispatchCommunication', data: { communicationId: 'cm-1' } })
      .thenRefuses('approval_required');
  });

  it('sends a meeting with a time together with its invitation: the time, an hour unless its length is given, and the place', () =>
    given(
      drafted(),
      { type: 'StakeholderAdded', data: support },
      { type: 'CommunicationPlanned', data: communication({ plannedFor: '2026-03-16T14:00:00Z', meeting: { durationMinutes: 45, location: 'Room 4.12' } }) },
    )
      .when({ type: 'DispatchCommunication', data: { communicationId: 'cm-1', subject: 'Review' } })
      .then({
        type: 'CommunicationDispatched',
        data: {
          communicationId: 'cm-1',
          message: { subject: 'Review', body: 'Walk support through the incident', invitation: { startsAt: '2026-03-16T14:00:00Z', durationMinutes: 45, location: 'Room 4.12' } },
          deliveries: [
            { id: 'cm-1-1', stakeholderId: 'st-1', transport: 'email', to: 'support@example.com' },
            { id: 'cm-1-2', stakeholderId: 'st-1', transport: 'webhook', to: 'ops-slack' },
          ],
        },
      }));

  it('refuses when no stakeholder can be reached', () =>
    given(drafted(), { type: 'StakeholderAdded', data: stakeholder() }, { type: 'CommunicationPlanned', data: communication() })
      .when({ type: 'DispatchCommunication', data: { communicationId: 'cm-1' } })
      .thenRefuses('no_recipients'));

  it('refuses a second dispatch, and any revision or cancellation once dispatched', () => {
    given(...planned, dispatched).when({ type: 'DispatchCommunication', data: { communicationId: 'cm-1' } }).thenRefuses('communication_not_planned');
    given(...planned, dispatched).when({ type: 'CancelCommunication', data: { communicationId: 'cm-1', reason: 'x' } }).thenRefuses('communication_sent');
  });
});

describe('Recording what became of each delivery', () => {
  it('is sending until every delivery arrived, then sent at the last arrival', () => {
    expect(communicationAfter()?.status).toBe('sending');
    const partly = communicationAfter(deliveredAt('cm-1-1', '2026-03-15T10:00:01.000Z'), deliveredAt('cm-1-3', '2026-03-15T10:00:03.000Z'));
    expect(partly?.status).toBe('sending');
    const all = communicationAfter(
      deliveredAt('cm-1-1', '2026-03-15T10:00:01.000Z'),
      deliveredAt('cm-1-3', '2026-03-15T10:00:03.000Z'),
      deliveredAt('cm-1-2', '2026-03-15T10:00:02.000Z'),
    );
    expect(all).toMatchObject({ status: 'sent', sentAt: '2026-03-15T10:00:03.000Z' });
  });

  it('keeps a failed attempt pending until its retry, and fails the communication when one is given up', () => {
    const retrying: PostmortemEvent = {
      type: 'CommunicationFailed',
      data: { ...outcome('cm-1-2'), failedAt: '2026-03-15T10:00:01.000Z', reason: 'HTTP 503', retryAt: '2026-03-15T10:00:31.000Z' },
    };
    expect(communicationAfter(retrying)?.deliveries?.[1]).toMatchObject({ status: 'pending', attempts: 1, lastError: 'HTTP 503', retryAt: '2026-03-15T10:00:31.000Z' });
    const givenUp: PostmortemEvent = { type: 'CommunicationFailed', data: { ...outcome('cm-1-2', 2), failedAt: '2026-03-15T10:01:00.000Z', reason: 'HTTP 410' } };
    const after = communicationAfter(retrying, givenUp, deliveredAt('cm-1-1', '2026-03-15T10:00:01.000Z'), deliveredAt('cm-1-3', '2026-03-15T10:00:01.000Z'));
    expect(after?.status).toBe('failed');
    expect(after?.deliveries?.[1]).toEqual(expect.not.objectContaining({ retryAt: expect.anything() }));
  });

  it('records an outcome once: a second report of the same delivery, or of an older attempt, changes nothing', () => {
    const delivered = deliveredAt('cm-1-1', '2026-03-15T10:00:01.000Z');
    given(...planned, dispatched).when({ type: 'RecordDelivery', data: delivered.data as never }).then(delivered);
    given(...planned, dispatched, delivered).when({ type: 'RecordDelivery', data: delivered.data as never }).thenNothingHappens();
    const failure = { ...outcome('cm-1-2'), failedAt: '2026-03-15T10:00:01.000Z', reason: 'timeout', retryAt: '2026-03-15T10:00:02.000Z' };
    given(...planned, dispatched, { type: 'CommunicationFailed', data: failure }).when({ type: 'RecordDeliveryFailure', data: failure }).thenNothingHappens();
  });

  it('knows only the deliveries it dispatched', () =>
    given(...planned, dispatched)
      .when({ type: 'RecordDelivery', data: { ...outcome('cm-1-9'), deliveredAt: '2026-03-15T10:00:01.000Z', receipt: '250' } })
      .thenNotFound('Delivery'));
});

describe('Addresses the server cannot send to', () => {
  const policy = { ...DEFAULT_POLICY, addressProblem: (transport: string, to: string) => (transport === 'webhook' && to !== 'ops-slack' ? 'no such endpoint' : undefined) };

  it('refuses a stakeholder naming an unknown webhook endpoint', () =>
    given(drafted()).under(policy).when({ type: 'AddStakeholder', data: stakeholder({ webhook: 'nowhere' }) }).thenRefuses('undeliverable', /nowhere: no such endpoint/));

  it('refuses a dispatch to an address that cannot be sent to, recording nothing', () =>
    given(...planned)
      .under({ ...policy, addressProblem: (transport: string) => (transport === 'email' ? 'mail is not configured' : undefined) })
      .when({ type: 'DispatchCommunication', data: { communicationId: 'cm-1' } })
      .thenRefuses('undeliverable', /support@example.com: mail is not configured/));
});
