import type { PostmortemDocument } from '@hindsight/contracts';
import { LESSON_KINDS } from '@hindsight/domain';
import { Anchor, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { Markdown } from '../../../components/markdown';
import { ReadSection } from '../../../components/read-section';
import { formatInstant, viewerZone } from '../../../lib/dates';
import { label } from '../../../lib/labels';
import { CausesTree } from './causes-tree';
import { KeyDurations } from './key-durations';
import { ReadActionItems } from './read-action-items';
import { ReadTimeline } from './read-timeline';
import { RelatedIncidents } from './related-incidents';

const Measure = ({ name, value }: { name: string; value: string | undefined }) =>
  value === undefined ? null : (
    <Text size="sm">
      <Text span fw={600}>
        {name}:
      </Text>{' '}
      {value}
    </Text>
  );

/** The report as people read it: what happened, how long it took, why, what changes, who was told. */
export const ReportReadView = ({ report }: { report: PostmortemDocument }) => {
  const f = report.facts;
  const recipients = (ids: string[]) => ids.map((id) => report.stakeholders.find((s) => s.id === id)?.name ?? id).join(', ');
  return (
    <Stack gap="xl" className="report-read-view">
      <ReadSection title="Executive summary">
        <Markdown text={report.executiveSummary} empty="No executive summary yet." />
      </ReadSection>
      <ReadSection title="Impact">
        <Markdown text={f.customerImpact} empty="Customer impact not described yet." />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing={4}>
          <Measure name="Users affected" value={f.impact?.usersAffected?.toLocaleString()} />
          <Measure name="Requests failed" value={f.impact?.requestsFailed?.toLocaleString()} />
          <Measure name="Error budget burned" value={f.impact?.errorBudgetBurnedPercent === undefined ? undefined : `${f.impact.errorBudgetBurnedPercent} %`} />
          <Measure name="Detected by" value={f.detectionMethod && label(f.detectionMethod)} />
        </SimpleGrid>
        {f.externalReference && (
          <Text size="sm">
            Incident {f.externalReference.url ? <Anchor href={f.externalReference.url} target="_blank" rel="noreferrer">{f.externalReference.id}</Anchor> : f.externalReference.id}
          </Text>
        )}
      </ReadSection>
      <ReadSection title="Key durations">
        <KeyDurations report={report} />
      </ReadSection>
      <ReadSection title="What happened">
        <Markdown text={f.summary} empty="No summary yet." />
      </ReadSection>
      <ReadSection title={`Timeline (times in ${viewerZone()})`}>
        <ReadTimeline report={report} />
      </ReadSection>
      <ReadSection title="Causes">
        <CausesTree report={report} />
      </ReadSection>
      <ReadSection title="Action items">
        <ReadActionItems report={report} />
      </ReadSection>
      <ReadSection title="Related incidents">
        <RelatedIncidents reportId={report.id} />
      </ReadSection>
      <ReadSection title="Lessons">
        {report.lessons.length === 0 && <Text c="dimmed">No lessons yet.</Text>}
        {LESSON_KINDS.filter((kind) => report.lessons.some((l) => l.kind === kind)).map((kind) => (
          <Stack key={kind} gap={2}>
            <Text fw={600}>{label(kind)}</Text>
            <List>
              {report.lessons.filter((l) => l.kind === kind).map((l) => (
                <List.Item key={l.id}>
                  <Markdown text={l.text} />
                </List.Item>
              ))}
            </List>
          </Stack>
        ))}
      </ReadSection>
      <ReadSection title="Communications">
        {report.communications.length === 0 && <Text c="dimmed">No communications yet.</Text>}
        <List spacing="xs">
          {report.communications.map((c) => (
            <List.Item key={c.id}>
              <Text size="sm" fw={600}>
                {label(c.channel)} to {recipients(c.stakeholderIds)} — {c.sentAt ? `sent ${formatInstant(c.sentAt)}` : c.status !== 'planned' ? c.status : c.plannedFor ? `planned for ${formatInstant(c.plannedFor)}` : 'planned'}
              </Text>
              <Markdown text={c.summary} />
            </List.Item>
          ))}
        </List>
        {report.publicSummary && (
          <>
            <Text fw={600}>Public summary</Text>
            <Markdown text={report.publicSummary} />
          </>
        )}
      </ReadSection>
    </Stack>
  );
};
