import type { Deadlines } from '@hindsight/contracts';
import { Badge, Table, Text } from '@mantine/core';
import { ScrollTable } from '../../../components/scroll-table';
import { formatInstant } from '../../../lib/dates';

const STATUS: Record<string, { label: string; color: string }> = {
  waiting: { label: 'Waiting', color: 'gray.7' },
  due: { label: 'Due', color: 'yellow.4' },
  overdue: { label: 'Overdue', color: 'red.9' },
  met: { label: 'Met', color: 'teal.9' },
  late: { label: 'Filed late', color: '#a63d00' },
  not_applicable: { label: 'Not needed', color: 'gray.6' },
};

/** Every stage of every regime the report is held to: when it is due, why, and whether it was met. */
export const DeadlinesTable = ({ regimes }: { regimes: Deadlines['regimes'] }) => (
  <ScrollTable striped readOnly aria-label="Regulatory deadlines">
    <Table.Thead>
      <Table.Tr>
        <Table.Th>Report</Table.Th>
        <Table.Th>Due</Table.Th>
        <Table.Th>Status</Table.Th>
        <Table.Th>Why then</Table.Th>
      </Table.Tr>
    </Table.Thead>
    <Table.Tbody>
      {regimes.flatMap((regime) =>
        regime.stages.map((s) => (
          <Table.Tr key={`${regime.regime}/${s.stage}`}>
            <Table.Td>
              <Text size="sm" fw={500}>
                {s.name}
              </Text>
              <Text size="xs" c="dimmed">
                {regime.name}
              </Text>
            </Table.Td>
            <Table.Td>{s.dueAt ? formatInstant(s.dueAt) : '—'}</Table.Td>
            <Table.Td>
              <Badge color={STATUS[s.status]?.color} variant="filled" autoContrast>
                {STATUS[s.status]?.label ?? s.status}
              </Badge>
              {s.filedAt && (
                <Text size="xs" c="dimmed">
                  filed {formatInstant(s.filedAt)}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="sm">{s.waitingFor ? `Waits for ${s.waitingFor}` : s.basis}</Text>
            </Table.Td>
          </Table.Tr>
        )),
      )}
    </Table.Tbody>
  </ScrollTable>
);
