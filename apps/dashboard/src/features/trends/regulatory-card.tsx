import type { RegulatoryTrends } from '@hindsight/contracts';
import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ScrollTable } from '../../components/scroll-table';
import { api } from '../../lib/api-client';
import { ChartCard } from './chart-card';

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)} %`);

/** How often regulators were told in time, per regime, over every report the reader may see. */
export const RegulatoryCard = () => {
  const trends = useQuery({ queryKey: ['trends', 'regulatory'], queryFn: () => api<RegulatoryTrends>('/trends/regulatory') });
  const rows = (trends.data?.regimes ?? []).map(({ name, met, late, overdue, due, onTimeRate }) => ({ regime: name, met, late, overdue, due, 'on time': percent(onTimeRate) }));
  return (
    <ChartCard title="Regulatory deadlines met" rows={rows} file="regulatory-deadlines.csv">
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No report is held to a regulatory regime.
        </Text>
      ) : (
        <ScrollTable striped readOnly aria-label="Regulatory deadlines met">
          <Table.Thead>
            <Table.Tr>
              {['Regime', 'On time', 'Met', 'Filed late', 'Overdue', 'Still due'].map((h) => (
                <Table.Th key={h}>{h}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.regime}>
                <Table.Td>{r.regime}</Table.Td>
                <Table.Td fw={600}>{r['on time']}</Table.Td>
                <Table.Td>{r.met}</Table.Td>
                <Table.Td>{r.late}</Table.Td>
                <Table.Td>{r.overdue}</Table.Td>
                <Table.Td>{r.due}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
      <Text size="xs" c="dimmed" mt="xs">
        Every report you may read, whatever the filters above. On time: met of those that fell due.
      </Text>
    </ChartCard>
  );
};
