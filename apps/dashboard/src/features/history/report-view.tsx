import type { PostmortemDocument } from '@hindsight/contracts';
import { byInstant } from '@hindsight/domain';
import { CAUSE_LEVELS } from '@hindsight/domain';
import { List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { SeverityBadge, StatusBadge } from '../../components/status-badge';
import { formatInstant } from '../../lib/dates';
import { label } from '../../lib/labels';

const Facts = ({ report }: { report: PostmortemDocument }) => {
  const f = report.facts;
  const rows: [string, string][] = [
    ['Team', f.team],
    ['Services', f.services.join(', ')],
    ['Occurred', formatInstant(f.occurredAt)],
    ['Detected', formatInstant(f.detectedAt)],
    ['Mitigated', formatInstant(f.mitigatedAt)],
    ['Resolved', formatInstant(f.resolvedAt)],
    ['Detected by', f.detectionMethod ? label(f.detectionMethod) : '—'],
    ['Incident reference', f.externalReference ? [f.externalReference.id, f.externalReference.url].filter(Boolean).join(' — ') : '—'],
    ['Users affected', f.impact?.usersAffected?.toLocaleString() ?? '—'],
    ['Requests failed', f.impact?.requestsFailed?.toLocaleString() ?? '—'],
    ['Error budget burned', f.impact?.errorBudgetBurnedPercent === undefined ? '—' : `${f.impact.errorBudgetBurnedPercent} %`],
    ['Customer impact', f.customerImpact || '—'],
    ['Summary', f.summary || '—'],
  ];
  return (
    <Table aria-label="Incident facts" variant="vertical" withTableBorder>
      <Table.Tbody>
        {rows.map(([name, value]) => (
          <Table.Tr key={name}>
            <Table.Th w={160}>{name}</Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
};

/** A report, read-only, as it stood at some revision. */
export const ReportView = ({ report }: { report: PostmortemDocument }) => (
  <Stack gap="sm">
    <Title order={3}>{report.facts.title}</Title>
    <Text>
      <SeverityBadge severity={report.facts.severity} /> <StatusBadge status={report.status} />
    </Text>
    <Facts report={report} />
    <Title order={4}>Timeline</Title>
    {report.timeline.length === 0 ? (
      <Text c="dimmed">No entries.</Text>
    ) : (
      <List aria-label="Timeline at this revision">
        {[...report.timeline]
          .sort((a, b) => byInstant(a.at, b.at))
          .map((t) => (
            <List.Item key={t.id}>
              {formatInstant(t.at)} — {label(t.kind)}: {t.description}
            </List.Item>
          ))}
      </List>
    )}
    <Title order={4}>Causes</Title>
    <SimpleGrid cols={{ base: 1, md: 3 }}>
      {CAUSE_LEVELS.map((level) => (
        <Stack key={level} gap={2}>
          <Text fw={600}>{label(level)}</Text>
          {report.causes
            .filter((c) => c.level === level)
            .map((c) => (
              <Text key={c.id} size="sm">
                {label(c.category)}: {c.description}
              </Text>
            ))}
        </Stack>
      ))}
    </SimpleGrid>
    <Title order={4}>Action items</Title>
    {report.actionItems.length === 0 ? (
      <Text c="dimmed">None.</Text>
    ) : (
      <List>
        {report.actionItems.map((a) => (
          <List.Item key={a.id}>
            {a.title} — {a.owner?.name ?? 'unowned'}, due {a.dueDate ?? '—'}, {label(a.status)}
          </List.Item>
        ))}
      </List>
    )}
    <Title order={4}>Communications</Title>
    {report.communications.length === 0 ? (
      <Text c="dimmed">None.</Text>
    ) : (
      <List>
        {report.communications.map((c) => (
          <List.Item key={c.id}>
            {label(c.channel)}: {c.summary} ({c.status})
          </List.Item>
        ))}
      </List>
    )}
  </Stack>
);
