import { Alert, Anchor, Badge, Button, Card, Group, Loader, NativeSelect, ScrollArea, SimpleGrid, Slider, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { download } from '../../lib/api-client';
import { formatInstant } from '../../lib/dates';
import { linkedTitles } from '../../lib/linked-titles';
import { useUrlFilters } from '../../lib/use-url-filters';
import { IntegrityBanner } from '../report/components/integrity-banner';
import { reportIntegrityQuery } from '../report/api/integrity-query';
import { diffQuery, historyQuery, revisionQuery, verifyQuery } from './history-api';
import { ReportView } from './report-view';
import { RevisionDiff } from './revision-diff';
import { ScrollTable } from '../../components/scroll-table';

const LogVerdict = ({ id }: { id: string }) => {
  const integrity = useQuery(reportIntegrityQuery(id));
  if (integrity.data?.status !== 'verified' || !integrity.data.checkedAt) return null;
  // Text, not a badge: it wraps on a phone.
  return (
    <Text size="xs" c="teal.9" title="Checked in the background against the latest signed checkpoint of the whole log">
      Log verified against its signed checkpoint {formatInstant(integrity.data.checkedAt)}
    </Text>
  );
};

const Verification = ({ id }: { id: string }) => {
  const verify = useQuery(verifyQuery(id));
  if (!verify.data) return <Badge color="gray.7">Checking the hash chain…</Badge>;
  return verify.data.valid ? (
    <Group gap="xs">
      <Badge color="teal.9" variant="filled" autoContrast title={`Chain head ${verify.data.head}`}>
        Hash chain verified: {verify.data.events} events
      </Badge>
      <LogVerdict id={id} />
    </Group>
  ) : (
    <Alert color="red" title="Tampering detected">
      The chain breaks at revision {verify.data.brokenAt}: {verify.data.reason}
    </Alert>
  );
};

const Exports = ({ id, revision }: { id: string; revision: number }) => {
  const save = (path: string, name: string) => () =>
    download(`/postmortems/${id}/export/${path}`, name).catch((error: Error) => notifications.show({ color: 'red', title: 'Export failed', message: error.message }));
  return (
    <Group gap="xs">
      <Button size="xs" variant="default" onClick={save(`markdown?asOf=${revision}`, `postmortem-${id}-r${revision}.md`)}>
        Markdown
      </Button>
      <Button size="xs" variant="default" onClick={save(`pdf?asOf=${revision}`, `postmortem-${id}-r${revision}.pdf`)}>
        PDF
      </Button>
      <Button size="xs" variant="default" onClick={save('bundle', `postmortem-${id}.bundle.jsonl`)}>
        Audit bundle
      </Button>
      <Button size="xs" variant="default" onClick={save('history.csv', `postmortem-${id}-history.csv`)}>
        History CSV
      </Button>
    </Group>
  );
};

/** A report's every change: who, when, why, what; the report at any revision; diffs; tamper evidence; exports. */
export const HistoryPage = () => {
  const { id = '' } = useParams();
  const history = useQuery(historyQuery(id));
  // The revision shown and the one it is compared with live in the address, to share or reload.
  const { value, setMany } = useUrlFilters();
  const whole = (text: string): number | null => (/^-?\d+$/.test(text) ? Number(text) : null);
  const last = (history.data?.total ?? 1) - 1;
  const revision = Math.min(Math.max(whole(value('revision')) ?? last, 0), last);
  const asked = whole(value('since'));
  const from = asked !== null && asked >= -1 && asked < revision ? asked : revision - 1;
  const pick = (next: number) => setMany({ revision: String(next), since: '' });
  const snapshot = useQuery({ ...revisionQuery(id, revision), enabled: history.isSuccess });
  const diff = useQuery({ ...diffQuery(id, from, revision), enabled: history.isSuccess && from < revision });
  if (history.isPending) return <Loader aria-label="Loading the history" />;
  if (history.isError) return <Alert color="red" title="The history could not be read">{history.error.message}</Alert>;
  const entries = history.data.entries;
  const titles = snapshot.data ? linkedTitles(snapshot.data) : new Map<string, string>();
  const selected = entries[revision];
  return (
    <Stack>
      <IntegrityBanner id={id} />
      <Group justify="space-between">
        <Title order={1}>History</Title>
        <Anchor component={Link} to={`/reports/${id}`}>
          Back to the report
        </Anchor>
      </Group>
      <Group justify="space-between">
        <Verification id={id} />
        <Exports id={id} revision={revision} />
      </Group>
      <Card withBorder>
        <Text id="revision-label" fw={600}>
          Revision {revision} of {last}
          {selected ? ` — ${formatInstant(selected.timestamp)}: ${selected.summary}` : ''}
        </Text>
        <Slider
          mt="sm"
          min={0}
          max={Math.max(last, 1)}
          step={1}
          value={revision}
          onChange={pick}
          label={(value) => `rev ${value}`}
          aria-labelledby="revision-label"
          thumbLabel="Revision"
        />
      </Card>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Card withBorder>
          {/* While another revision loads, the one still shown keeps its own number. */}
          <Title order={2} size="h4" mb="sm">
            The report at revision {snapshot.data?.revision ?? revision}
            {snapshot.isPlaceholderData && <Loader size="xs" ml="xs" aria-label={`Loading revision ${revision}`} />}
          </Title>
          {snapshot.data ? <ReportView report={snapshot.data} /> : <Loader size="sm" />}
        </Card>
        <Stack>
          <Card withBorder>
            <Group justify="space-between" mb="sm">
              <Title order={2} size="h4">
                Changes
              </Title>
              <NativeSelect
                aria-label="Compare with revision"
                size="xs"
                value={String(from)}
                onChange={(e) => setMany({ revision: String(revision), since: e.currentTarget.value })}
                data={[{ value: '-1', label: 'since nothing' }, ...entries.slice(0, revision).map((e) => ({ value: String(e.revision), label: `since revision ${e.revision}` }))]}
              />
            </Group>
            {from >= revision ? <Text c="dimmed">Pick an earlier revision to compare with.</Text> : diff.data ? <RevisionDiff diff={diff.data} titleOf={(linked) => titles.get(linked) ?? linked} /> : <Loader size="sm" />}
          </Card>
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              Every change
            </Title>
            <ScrollArea h={420}>
              <ScrollTable striped highlightOnHover aria-label="Every change">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Rev</Table.Th>
                    <Table.Th>When</Table.Th>
                    <Table.Th>What</Table.Th>
                    <Table.Th>Why</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {[...entries].reverse().map((e) => (
                    <Table.Tr key={e.revision} aria-selected={e.revision === revision} bg={e.revision === revision ? 'var(--mantine-color-blue-light)' : undefined}>
                      <Table.Td>
                        <Anchor component="button" type="button" onClick={() => pick(e.revision)} aria-label={`Show revision ${e.revision}`}>
                          {e.revision}
                        </Anchor>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatInstant(e.timestamp)}</Table.Td>
                      <Table.Td>{e.summary}</Table.Td>
                      <Table.Td>{e.reason ?? ''}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </ScrollTable>
            </ScrollArea>
          </Card>
        </Stack>
      </SimpleGrid>
    </Stack>
  );
};
