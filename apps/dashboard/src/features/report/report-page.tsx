import { Alert, Anchor, Badge, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { SeverityBadge, StatusBadge } from '../../components/status-badge';
import { fromNow } from '../../lib/dates';
import { useCaller } from '../auth/api/get-me';
import { reportQuery } from './api/report-queries';
import { ConflictProvider } from './conflicts/conflict-provider';
import { ActionItemsSection } from './sections/action-items-section';
import { CausesSection } from './sections/causes-section';
import { CommunicationsSection } from './sections/communications-section';
import { EvidenceSection } from './sections/evidence-section';
import { FactsSection } from './sections/facts-section';
import { LessonsSection } from './sections/lessons-section';
import { ReviewSection } from './sections/review-section';
import { TimelineSection } from './sections/timeline-section';

/** One report, every section editable by its team while the analysis is open; others' edits arrive live. */
export const ReportPage = () => {
  const { id = '' } = useParams();
  const report = useQuery(reportQuery(id));
  const { canEdit, canReview } = useCaller();
  if (report.isPending) return <Loader aria-label="Loading the report" />;
  if (report.isError) return <Alert color="red" title="This report could not be opened">{report.error.message}</Alert>;
  const r = report.data;
  const analysisOpen = canEdit && (r.status === 'draft' || r.status === 'in_review');
  return (
    <ConflictProvider>
      <Stack>
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={1}>{r.facts.title}</Title>
            <Group gap="xs">
              <SeverityBadge severity={r.facts.severity} />
              <StatusBadge status={r.status} />
              <Badge variant="outline" color="gray" autoContrast aria-label={`Revision ${r.revision}`}>
                rev {r.revision}
              </Badge>
              <Text size="sm" c="dimmed">
                {r.facts.team} · {r.facts.services.join(', ')} · occurred {fromNow(r.facts.occurredAt)}
              </Text>
            </Group>
          </Stack>
          <Anchor component={Link} to={`/reports/${r.id}/history`}>
            History and audit
          </Anchor>
        </Group>
        {!analysisOpen && canEdit && (
          <Alert color="blue" variant="light">
            The analysis is read-only while the report is {r.status.replace('_', ' ')}. Action items and communications can still be followed up.
          </Alert>
        )}
        <Tabs defaultValue="facts" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="facts">Facts</Tabs.Tab>
            <Tabs.Tab value="timeline">Timeline ({r.timeline.length})</Tabs.Tab>
            <Tabs.Tab value="evidence">Evidence ({r.evidence.length})</Tabs.Tab>
            <Tabs.Tab value="causes">Causes ({r.causes.length})</Tabs.Tab>
            <Tabs.Tab value="action-items">Action items ({r.actionItems.length})</Tabs.Tab>
            <Tabs.Tab value="lessons">Lessons ({r.lessons.length})</Tabs.Tab>
            <Tabs.Tab value="communications">Communications ({r.communications.length})</Tabs.Tab>
            <Tabs.Tab value="review">Review</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="facts" pt="md">
            <FactsSection report={r} editable={analysisOpen} />
          </Tabs.Panel>
          <Tabs.Panel value="timeline" pt="md">
            <TimelineSection report={r} editable={analysisOpen} />
          </Tabs.Panel>
          <Tabs.Panel value="evidence" pt="md">
            <EvidenceSection report={r} editable={analysisOpen} />
          </Tabs.Panel>
          <Tabs.Panel value="causes" pt="md">
            <CausesSection report={r} editable={analysisOpen} />
          </Tabs.Panel>
          <Tabs.Panel value="action-items" pt="md">
            <ActionItemsSection report={r} editable={analysisOpen} canFollowUp={canEdit} />
          </Tabs.Panel>
          <Tabs.Panel value="lessons" pt="md">
            <LessonsSection report={r} editable={analysisOpen} />
          </Tabs.Panel>
          <Tabs.Panel value="communications" pt="md">
            <CommunicationsSection report={r} editable={canEdit} />
          </Tabs.Panel>
          <Tabs.Panel value="review" pt="md">
            <ReviewSection report={r} canEdit={canEdit} canReview={canReview} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </ConflictProvider>
  );
};
