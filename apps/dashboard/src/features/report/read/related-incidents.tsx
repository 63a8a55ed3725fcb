import type { RelatedIncidents as Related } from '@hindsight/contracts';
import { Anchor, Badge, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { BandBadge } from '../../../components/status-badge';
import { api } from '../../../lib/api-client';
import { formatInstant } from '../../../lib/dates';
import { label } from '../../../lib/labels';

/** Earlier incidents with the same kind of cause or on the same services, and what is still open from them. */
export const RelatedIncidents = ({ reportId }: { reportId: string }) => {
  const related = useQuery({ queryKey: ['report', reportId, 'related'], queryFn: () => api<Related>(`/postmortems/${encodeURIComponent(reportId)}/related`) });
  const items = related.data?.items ?? [];
  if (related.isPending) return <Text c="dimmed">Looking for earlier incidents…</Text>;
  if (items.length === 0) return <Text c="dimmed">No earlier incident shares a cause category or a service with this one.</Text>;
  return (
    <Stack gap="xs" role="list" aria-label="Related incidents">
      {items.map((r) => (
        <Paper key={r.reportId} withBorder p="sm" role="listitem">
          <Anchor component={Link} to={`/reports/${r.reportId}`} fw={600}>
            {r.title}
          </Anchor>
          <Text size="sm" c="dimmed">
            {formatInstant(r.occurredAt)} · shares {[...r.sharedCategories.map(label), ...r.sharedServices].join(', ')}
          </Text>
          {r.openActionItems.length > 0 && (
            <List size="sm" mt={4} aria-label={`Still open from ${r.title}`}>
              {r.openActionItems.map((i) => (
                <List.Item key={i.id} icon={<BandBadge band={i.priority.band} />}>
                  <Group gap={4} wrap="wrap">
                    {i.title} — {i.owner?.name ?? 'no owner'}, due {i.dueDate ?? 'never'}
                    {i.overdue && (
                      <Badge color="red" variant="filled" autoContrast>
                        Overdue
                      </Badge>
                    )}
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
        </Paper>
      ))}
    </Stack>
  );
};
