import type { DispatchCommunication, RecordDelivery, RecordDeliveryFailure } from '../commands';
import { DomainRuleViolation } from '../errors';
import type { CommunicationDispatched, PostmortemEvent } from '../events';
import type { CommandPolicy } from '../policy';
import { requireApprovedIfExternal, requirePresent } from '../rules';
import type { Communication, Delivery, Postmortem } from '../state';
import type { Transport } from '../values';

/*
 * Sending goes through an outbox: the dispatch is recorded first, with the exact message
 * and one delivery per address, then each delivery's outcome as its own event.
 */

export const dispatchCommunication = ({ data }: DispatchCommunication, report: Postmortem, policy: CommandPolicy): PostmortemEvent[] => {
  const communication = requirePresent(report.communications, data.communicationId, 'Communication');
  if (communication.status !== 'planned') {
    throw new DomainRuleViolation('communication_not_planned', `Communication '${communication.id}' is ${communication.status}; only a planned one can be dispatched`);
  }
  requireApprovedIfExternal(report, communication);
  const deliveries = addressesOf(report, communication).map((address, i) => ({ id: `${communication.id}-${i + 1}`, ...address }));
  if (deliveries.length === 0) {
    throw new DomainRuleViolation('no_recipients', `None of the stakeholders of communication '${communication.id}' has an email address or a webhook`);
  }
  for (const delivery of deliveries) requireDeliverable(policy, delivery.transport, delivery.to);
  const message = { subject: data.subject ?? report.facts.title, body: data.body ?? communication.summary, ...invitationFor(communication) };
  return [{ type: 'CommunicationDispatched', data: { communicationId: communication.id, message, deliveries } }];
};

/** A meeting with a time goes out with its calendar invitation; an hour long unless said otherwise. */
const invitationFor = ({ channel, plannedFor, meeting }: Communication) =>
  channel === 'internal_meeting' && plannedFor ? { invitation: { startsAt: plannedFor, durationMinutes: meeting?.durationMinutes ?? 60, ...(meeting?.location ? { location: meeting.location } : {}) } } : {};

type Address = CommunicationDispatched['data']['deliveries'][number];

const addressesOf = (report: Postmortem, communication: Communication): Omit<Address, 'id'>[] =>
  communication.stakeholderIds.flatMap((id) => {
    const stakeholder = report.stakeholders.find((s) => s.id === id);
    if (!stakeholder) return [];
    return [
      ...(stakeholder.email ? [{ stakeholderId: id, transport: 'email' as const, to: stakeholder.email }] : []),
      ...(stakeholder.webhook ? [{ stakeholderId: id, transport: 'webhook' as const, to: stakeholder.webhook }] : []),
    ];
  });

/** Refuses an address this server cannot send to, before anything is recorded as dispatched. */
export const requireDeliverable = (policy: CommandPolicy, transport: Transport, to: string): void => {
  const problem = policy.addressProblem?.(transport, to);
  if (problem) throw new DomainRuleViolation('undeliverable', `Cannot send to ${to}: ${problem}`);
};

/** An outcome arriving twice (two outbox instances, a retried command) records nothing the second time. */
export const recordDelivery = ({ data }: RecordDelivery, report: Postmortem): PostmortemEvent[] =>
  awaitingOutcome(report, data.communicationId, data.deliveryId) ? [{ type: 'CommunicationDelivered', data }] : [];

export const recordDeliveryFailure = ({ data }: RecordDeliveryFailure, report: Postmortem): PostmortemEvent[] => {
  const delivery = awaitingOutcome(report, data.communicationId, data.deliveryId);
  return delivery && data.attempt > delivery.attempts ? [{ type: 'CommunicationFailed', data }] : [];
};

const awaitingOutcome = (report: Postmortem, communicationId: string, deliveryId: string): Delivery | undefined => {
  const communication = requirePresent(report.communications, communicationId, 'Communication');
  const delivery = requirePresent(communication.deliveries ?? [], deliveryId, 'Delivery');
  return delivery.status === 'pending' ? delivery : undefined;
};
