import { REPORT_STATUSES, SEVERITIES } from '@hindsight/domain';
import { Anchor, Button, Group, NativeSelect, Pagination, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import { SeverityBadge, StatusBadge } from '../../components/status-badge';
import { formatInstant, fromNow } from '../../lib/dates';
import { optionsOf } from '../../lib/labels';
import { useUrlFilters } from '../../lib/use-url-filters';
import { useCaller } from '../auth/api/get-me';
import { MyWorkPanel } from '../my-work/my-work-panel';
import { PAGE_SIZE, reportsQuery } from './reports-api';
import { NoResults } from '../../components/no-results';
import { ScrollTable } from '../../components/scroll-table';
import { SortableHeader } from '../../components/sortable-header';
import { NamePicker } from '../../components/name-picker';
import { OccurredRange } from './occurred-range';

// The draft form brings the request schemas: loaded when someone drafts a report.
const NewReportModal = lazy(() => import('./new-report-modal').then((m) => ({ default: m.NewReportModal })));

/** The home view: what needs the caller, then every report they may read: searched, filtered, newest incident first; the filters live in the URL. */
export const ReportsPage = () => {
  const { value, set, setMany, clear } = useUrlFilters();
  const [creating, setCreating] = useState(false);
  const { me, canEdit } = useCaller();
  const page = Number(value('page') || 1);
  const [q] = useDebouncedValue(value('q'), 250);
  const reports = useQuery(
    reportsQuery({ q, status: value('status'), severity: value('severity'), service: value('service'), team: value('team'), from: value('from'), to: value('to'), exact: value('exact'), sort: value('sort'), order: value('order'), page }),
  );
  const filtered = ['q', 'status', 'severity', 'service', 'team', 'from', 'to'].some((name) => value(name) !== '');
  // Typing a team or service again searches by any part of it, as the field always does.
  const setName = (name: 'team' | 'service', typed: string) => setMany({ [name]: typed, exact: '' });
  const total = reports.data?.total ?? 0;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Postmortems</Title>
        {canEdit && <Button onClick={() => setCreating(true)}>New postmortem</Button>}
      </Group>
      <MyWorkPanel />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} role="search" aria-label="Filter reports">
        <TextInput label="Search" placeholder="Title, impact, timeline, causes" value={value('q')} onChange={(e) => set('q', e.currentTarget.value)} />
        <NativeSelect label="Status" data={[{ value: '', label: 'Any' }, ...optionsOf(REPORT_STATUSES)]} value={value('status')} onChange={(e) => set('status', e.currentTarget.value)} />
        <NativeSelect label="Severity" data={[{ value: '', label: 'Any' }, ...SEVERITIES]} value={value('severity')} onChange={(e) => set('severity', e.currentTarget.value)} />
        <NamePicker kind="service" label="Service" value={value('service')} onChange={(typed) => setName('service', typed)} />
        <NamePicker kind="team" label="Team" value={value('team')} onChange={(typed) => setName('team', typed)} />
      </SimpleGrid>
      <Text size="sm" c="dimmed" aria-live="polite">
        {reports.isPending ? 'Loading…' : `${total.toLocaleString()} report${total === 1 ? '' : 's'}`}
      </Text>
      {(value('from') || value('to')) && <OccurredRange from={value('from')} to={value('to')} onClear={() => setMany({ from: '', to: '' })} />}
      <ScrollTable striped highlightOnHover aria-label="Reports">
        <Table.Thead>
          <Table.Tr>
            <SortableHeader sort="title">Incident</SortableHeader>
            <SortableHeader sort="severity">Severity</SortableHeader>
            <SortableHeader sort="status">Status</SortableHeader>
            <SortableHeader sort="team">Team</SortableHeader>
            <Table.Th>Services</Table.Th>
            <SortableHeader sort="occurredAt" natural="desc" isDefault>
              Occurred
            </SortableHeader>
            <SortableHeader sort="updatedAt" natural="desc">Last change</SortableHeader>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reports.data?.items.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                <Anchor component={Link} to={`/reports/${r.id}`}>
                  {r.title}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <SeverityBadge severity={r.severity} />
              </Table.Td>
              <Table.Td>
                <StatusBadge status={r.status} />
              </Table.Td>
              <Table.Td>{r.team}</Table.Td>
              <Table.Td>{r.services.join(', ')}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatInstant(r.occurredAt)}</Table.Td>
              <Table.Td>
                {fromNow(r.updatedAt)} by {r.updatedBy}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
      {!reports.isPending && total === 0 && filtered && <NoResults what="reports" onClear={clear} />}
      {total > PAGE_SIZE && <Pagination total={Math.ceil(total / PAGE_SIZE)} value={page} onChange={(p) => set('page', String(p))} aria-label="Pages" getControlProps={(control) => ({ 'aria-label': `${control} page` })} getItemProps={(page) => ({ 'aria-label': `Page ${page}` })} />}
      {creating && (
        <Suspense fallback={null}>
          <NewReportModal onClose={() => setCreating(false)} team={me?.teams.find((t) => t !== '*')} />
        </Suspense>
      )}
    </Stack>
  );
};
