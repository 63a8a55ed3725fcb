import type { MyWork } from '@hindsight/contracts';
import { Anchor, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { BandBadge } from '../../components/status-badge';
import { api } from '../../lib/api-client';
import { formatInstant, fromNow } from '../../lib/dates';
import { label } from '../../lib/labels';

const Needs = ({ title, count, children }: { title: string; count: number; children: ReactNode }) =>
  count === 0 ? null : (
    <Paper withBorder p="sm" component="section" aria-label={title}>
      <Text fw={700} size="sm" mb={4}>
        {title} ({count})
      </Text>
      <List size="sm" spacing={4}>
        {children}
      </List>
    </Paper>
  );

const report = (id: string, title: string) => (
  <Anchor component={Link} to={`/reports/${id}`} size="sm">
    {title}
  </Anchor>
);

const ItemsNeeding = ({ title, items }: { title: string; items: MyWork['overdueItems'] }) => (
  <Needs title={title} count={items.length}>
    {items.map((i) => (
      <List.Item key={`${i.reportId}/${i.id}`} icon={<BandBadge band={i.priority.band} />}>
        {i.title}, due {i.dueDate} — {report(i.reportId, i.reportTitle)}
      </List.Item>
    ))}
  </Needs>
);

/** The home view's first question: what needs me now? */
export const MyWorkPanel = () => {
  const work = useQuery({ queryKey: ['my-work'], queryFn: () => api<MyWork>('/me/work') });
  if (!work.data) return null;
  const w = work.data;
  const total = w.reviewsWaiting.length + w.overdueItems.length + w.dueSoonItems.length + w.staleDrafts.length + w.pastDueCommunications.length;
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        What needs you
      </Title>
      {total === 0 ? (
        <Text c="dimmed">Nothing needs you right now.</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          <Needs title="Reviews waiting for you" count={w.reviewsWaiting.length}>
            {w.reviewsWaiting.map((r) => (
              <List.Item key={r.id}>
                {report(r.id, r.title)} — in review since {fromNow(r.updatedAt)}
              </List.Item>
            ))}
          </Needs>
          <ItemsNeeding title="Your overdue action items" items={w.overdueItems} />
          <ItemsNeeding title="Your action items due this week" items={w.dueSoonItems} />
          <Needs title="Drafts untouched for a week" count={w.staleDrafts.length}>
            {w.staleDrafts.map((r) => (
              <List.Item key={r.id}>
                {report(r.id, r.title)} — last changed {fromNow(r.updatedAt)} by {r.updatedBy}
              </List.Item>
            ))}
          </Needs>
          <Needs title="Communications past due" count={w.pastDueCommunications.length}>
            {w.pastDueCommunications.map((c) => (
              <List.Item key={`${c.reportId}/${c.communicationId}`}>
                {label(c.channel)}: {c.summary}, planned for {formatInstant(c.plannedFor)} — {report(c.reportId, c.reportTitle)}
              </List.Item>
            ))}
          </Needs>
        </SimpleGrid>
      )}
    </Stack>
  );
};
