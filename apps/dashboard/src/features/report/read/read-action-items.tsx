import type { PostmortemDocument } from '@hindsight/contracts';
import { type ActionItem, prioritise } from '@hindsight/domain';
import { Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Markdown } from '../../../components/markdown';
import { BandBadge, StatusBadge } from '../../../components/status-badge';
import { reportActionItemsQuery } from '../api/report-queries';

const closed = (item: ActionItem) => item.status === 'done' || item.status === 'wont_do';

/** The action items, open ones first by priority then due date; closed ones after. */
export const ReadActionItems = ({ report }: { report: PostmortemDocument }) => {
  const priorities = useQuery(reportActionItemsQuery(report));
  const scoreOf = (item: ActionItem) => priorities.data?.items.find((p) => p.id === item.id)?.priority ?? prioritise({ ...item.priority, recurrences: 0 });
  const items = [...report.actionItems].sort(
    (a, b) => Number(closed(a)) - Number(closed(b)) || scoreOf(b).score - scoreOf(a).score || (a.dueDate ?? '9').localeCompare(b.dueDate ?? '9'),
  );
  if (items.length === 0) return <Text c="dimmed">No action items yet.</Text>;
  return (
    <Stack gap="xs" role="list" aria-label="Action items">
      {items.map((item) => (
        // Closed items are told apart by their place and badge, not by fading: faded text fails contrast.
        <Paper key={item.id} withBorder p="sm" role="listitem">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Group gap="xs" wrap="nowrap">
              <BandBadge band={scoreOf(item).band} />
              <Text fw={600}>{item.title}</Text>
            </Group>
            <StatusBadge status={item.status} />
          </Group>
          <Text size="sm" c="dimmed">
            {item.owner ? `Owner: ${item.owner.name}` : 'No owner yet'} · {item.dueDate ? `due ${item.dueDate}` : 'no due date'}
          </Text>
          <Markdown text={item.description} />
          <Text size="sm" fw={600}>
            Done when
          </Text>
          <Markdown text={item.successCriteria} />
        </Paper>
      ))}
    </Stack>
  );
};
