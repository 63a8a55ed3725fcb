import type { Delivery } from '@hindsight/domain';
import { List, Text } from '@mantine/core';
import { formatInstant } from '../../../lib/dates';

const outcome = (d: Delivery): string => {
  if (d.status === 'delivered') return `delivered${d.deliveredAt ? ` ${formatInstant(d.deliveredAt)}` : ''}`;
  if (d.status === 'failed') return `not delivered after ${d.attempts} attempt${d.attempts === 1 ? '' : 's'}: ${d.lastError ?? 'unknown error'}`;
  if (d.retryAt) return `retrying ${formatInstant(d.retryAt)} (${d.lastError ?? 'failed'})`;
  return 'sending…';
};

/** Where a dispatched communication went, and what became of each message. */
export const DeliveryList = ({ deliveries }: { deliveries: Delivery[] }) => (
  <List size="xs" spacing={2} mt={4} aria-label="Deliveries">
    {deliveries.map((d) => (
      <List.Item key={d.id}>
        <Text span size="xs" fw={500}>
          {d.transport === 'email' ? d.to : `webhook ${d.to}`}
        </Text>{' '}
        <Text span size="xs" c={d.status === 'failed' ? 'red.8' : 'dimmed'}>
          {outcome(d)}
        </Text>
      </List.Item>
    ))}
  </List>
);
