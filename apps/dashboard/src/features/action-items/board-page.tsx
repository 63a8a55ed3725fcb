import type { ActionItemBoard } from '@hindsight/contracts';
import { ACTION_ITEM_STATUSES, PRIORITY_BANDS } from '@hindsight/domain';
import { Anchor, Badge, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { BandBadge, StatusBadge } from '../../components/status-badge';
import { api, query } from '../../lib/api-client';
import { useUrlFilters } from '../../lib/use-url-filters';
import { optionsOf } from '../../lib/labels';
import { explainPriority } from '../report/components/priority-explanation';
import { ScrollTable } from '../../components/scroll-table';

/** Action items across every report, highest priority first, overdue ones marked. */
export const BoardPage = () => {
  const { value, set } = useUrlFilters();
  const [owner] = useDebouncedValue(value('owner'), 250);
  const [team] = useDebouncedValue(value('team'), 250);
  const filters = { owner, team, status: value('status'), band: value('band'), overdue: value('overdue') };
  const board = useQuery({
    queryKey: ['board', filters],
    queryFn: () => api<ActionItemBoard>(`/action-items${query(filters)}`),
    placeholderData: keepPreviousData,
  });
  const items = board.data?.items ?? [];
  return (
    <Stack>
      <Title order={1}>Action items</Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} role="search" aria-label="Filter action items">
        <TextInput label="Owner" value={value('owner')} onChange={(e) => set('owner', e.currentTarget.value)} />
        <TextInput label="Team" value={value('team')} onChange={(e) => set('team', e.currentTarget.value)} />
        <NativeSelect label="Band" data={[{ value: '', label: 'Any' }, ...PRIORITY_BANDS]} value={value('band')} onChange={(e) => set('band', e.currentTarget.value)} />
        <NativeSelect label="Status" data={[{ value: '', label: 'Any' }, ...optionsOf(ACTION_ITEM_STATUSES)]} value={value('status')} onChange={(e) => set('status', e.currentTarget.value)} />
        <Checkbox mt="xl" label="Only overdue" checked={value('overdue') === 'true'} onChange={(e) => set('overdue', e.currentTarget.checked ? 'true' : '')} />
      </SimpleGrid>
      <Text size="sm" c="dimmed" aria-live="polite">
        {board.isPending ? 'Loading…' : `${items.length.toLocaleString()} action item${items.length === 1 ? '' : 's'}, ${items.filter((i) => i.overdue).length} overdue`}
      </Text>
      <ScrollTable striped aria-label="Action items across reports">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Priority</Table.Th>
            <Table.Th>Action item</Table.Th>
            <Table.Th>Report</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th>Due</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={`${item.reportId}/${item.id}`}>
              <Table.Td title={explainPriority(item.priority)}>
                <BandBadge band={item.priority.band} />
                <Text size="xs" c="dimmed">
                  {item.priority.score}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text fw={600}>{item.title}</Text>
                <Text size="xs" c="dimmed">
                  {explainPriority(item.priority)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/reports/${item.reportId}`}>
                  {item.reportTitle}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {item.team}
                </Text>
              </Table.Td>
              <Table.Td>{item.owner ? item.owner.name : <Text c="red.8">Unowned</Text>}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Group gap={4}>
                  {item.dueDate ?? '—'}
                  {item.overdue && (
                    <Badge color="red" variant="filled" autoContrast>
                      Overdue
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <StatusBadge status={item.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
    </Stack>
  );
};
