import type { ActionItemBoard } from '@hindsight/contracts';
import { ACTION_ITEM_STATUSES, PRIORITY_BANDS } from '@hindsight/domain';
import { Anchor, Badge, Checkbox, Group, NativeSelect, Pagination, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { BandBadge, StatusBadge } from '../../components/status-badge';
import { api, query } from '../../lib/api-client';
import { useUrlFilters } from '../../lib/use-url-filters';
import { optionsOf } from '../../lib/labels';
import { explainPriority } from '../report/components/priority-explanation';
import { NoResults } from '../../components/no-results';
import { ScrollTable } from '../../components/scroll-table';
import { SortableHeader } from '../../components/sortable-header';
import { NamePicker } from '../../components/name-picker';

const PAGE_SIZE = 50;
const closed = (status: string) => status === 'done' || status === 'wont_do';

/**
 * Action items across every report, a page at a time from the server: open ones first by
 * priority then due date, overdue ones marked, done and declined ones quieter; any column sorts.
 */
export const BoardPage = () => {
  const { value, set, clear } = useUrlFilters();
  const page = Number(value('page') || 1);
  const [owner] = useDebouncedValue(value('owner'), 250);
  const [team] = useDebouncedValue(value('team'), 250);
  const filters = { owner, team, status: value('status'), band: value('band'), overdue: value('overdue'), sort: value('sort'), order: value('order') };
  const board = useQuery({
    queryKey: ['board', filters, page],
    queryFn: () => api<ActionItemBoard>(`/action-items${query({ ...filters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })}`),
    placeholderData: keepPreviousData,
  });
  const items = board.data?.items ?? [];
  const total = board.data?.total ?? 0;
  const filtered = ['owner', 'team', 'status', 'band', 'overdue'].some((name) => value(name) !== '');
  return (
    <Stack>
      <Title order={1}>Action items</Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} role="search" aria-label="Filter action items">
        <NamePicker kind="person" label="Owner" value={value('owner')} onChange={(typed) => set('owner', typed)} />
        <NamePicker kind="team" label="Team" value={value('team')} onChange={(typed) => set('team', typed)} />
        <NativeSelect label="Band" data={[{ value: '', label: 'Any' }, ...PRIORITY_BANDS]} value={value('band')} onChange={(e) => set('band', e.currentTarget.value)} />
        <NativeSelect label="Status" data={[{ value: '', label: 'Any' }, ...optionsOf(ACTION_ITEM_STATUSES)]} value={value('status')} onChange={(e) => set('status', e.currentTarget.value)} />
        <Checkbox mt="xl" label="Only overdue" checked={value('overdue') === 'true'} onChange={(e) => set('overdue', e.currentTarget.checked ? 'true' : '')} />
      </SimpleGrid>
      <Text size="sm" c="dimmed" aria-live="polite">
        {board.isPending ? 'Loading…' : `${total.toLocaleString()} action item${total === 1 ? '' : 's'}, ${(board.data?.overdue ?? 0).toLocaleString()} overdue`}
      </Text>
      <ScrollTable striped aria-label="Action items across reports">
        <Table.Thead>
          <Table.Tr>
            <SortableHeader sort="priority" isDefault>
              Priority
            </SortableHeader>
            <Table.Th>Action item</Table.Th>
            <SortableHeader sort="report">Report</SortableHeader>
            <SortableHeader sort="owner">Owner</SortableHeader>
            <SortableHeader sort="due">Due</SortableHeader>
            <SortableHeader sort="status">Status</SortableHeader>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={`${item.reportId}/${item.id}`} style={closed(item.status) ? { opacity: 0.6 } : undefined}>
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
      {!board.isPending && total === 0 && filtered && <NoResults what="action items" onClear={clear} />}
      {total > PAGE_SIZE && (
        <Pagination
          total={Math.ceil(total / PAGE_SIZE)}
          value={page}
          onChange={(p) => set('page', String(p))}
          aria-label="Pages"
          getControlProps={(control) => ({ 'aria-label': `${control} page` })}
          getItemProps={(p) => ({ 'aria-label': `Page ${p}` })}
        />
      )}
    </Stack>
  );
};
