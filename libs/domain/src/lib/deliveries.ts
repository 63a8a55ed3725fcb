import type { CommunicationDelivered, CommunicationDispatched, CommunicationFailed } from './events';
import type { Communication, Delivery } from './state';

/** How a communication stands once its deliveries are known: sent when all arrived, failed when one was given up. */

export const dispatched = (communication: Communication, { message, deliveries }: CommunicationDispatched['data']): Communication => ({
  ...communication,
  status: 'sending',
  message,
  deliveries: deliveries.map((d) => ({ ...d, status: 'pending', attempts: 0 })),
});

export const delivered = (communication: Communication, outcome: CommunicationDelivered['data']): Communication =>
  settle(
    withDelivery(communication, outcome.deliveryId, (d) => ({
      ...withoutRetry(d),
      status: 'delivered',
      attempts: outcome.attempt,
      deliveredAt: outcome.deliveredAt,
      receipt: outcome.receipt,
    })),
  );

export const failed = (communication: Communication, outcome: CommunicationFailed['data']): Communication =>
  settle(
    withDelivery(communication, outcome.deliveryId, (d) => ({
      ...withoutRetry(d),
      status: outcome.retryAt ? 'pending' : 'failed',
      attempts: outcome.attempt,
      lastError: outcome.reason,
      ...(outcome.retryAt ? { retryAt: outcome.retryAt } : {}),
    })),
  );

const withoutRetry = ({ retryAt: _, ...delivery }: Delivery): Delivery => delivery;

const withDelivery = (communication: Communication, id: string, update: (d: Delivery) => Delivery): Communication => ({
  ...communication,
  deliveries: (communication.deliveries ?? []).map((d) => (d.id === id ? update(d) : d)),
});

const settle = (communication: Communication): Communication => {
  const deliveries = communication.deliveries ?? [];
  if (deliveries.some((d) => d.status === 'pending')) return communication;
  if (deliveries.some((d) => d.status === 'failed')) return { ...communication, status: 'failed' };
  const sentAt = deliveries.map((d) => d.deliveredAt ?? '').sort().at(-1);
  return { ...communication, status: 'sent', ...(sentAt ? { sentAt } : {}) };
};
