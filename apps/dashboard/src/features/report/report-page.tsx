import { Alert, Anchor, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { SeverityBadge, StatusBadge } from '../../components/status-badge';
import { fromNow } from '../../lib/dates';
import { useCaller } from '../auth/api/get-me';
import { reportQuery } from './api/report-queries';
import { ConflictProvider } from './conflicts/conflict-provider';
import { IntegrityBanner } from './components/integrity-banner';
import { ReportReadView } from './read/report-read-view';
import { ReportEditor } from './report-editor';
import { ReviewSection } from './sections/review-section';

/**
 * One report. Everyone first sees it as it reads (rendered, with its durations); editing is a
 * mode of it, for its team while the analysis is open. Others' edits arrive live in both.
 */
export const ReportPage = ({ mode }: { mode: 'read' | 'edit' }) => {
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
        <IntegrityBanner id={r.id} />
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
          <Group gap="xs" className="no-print">
            {mode === 'read' && (canEdit || canReview) && (
              <Button component={Link} to={`/reports/${r.id}/edit`} variant="default" size="xs">
                {analysisOpen ? 'Edit' : 'Follow up'}
              </Button>
            )}
            {mode === 'edit' && (
              <Button component={Link} to={`/reports/${r.id}`} variant="default" size="xs">
                Read view
              </Button>
            )}
            {mode === 'read' && (
              <Button variant="default" size="xs" onClick={() => window.print()}>
                Print
              </Button>
            )}
            <Anchor component={Link} to={`/reports/${r.id}/history`} size="sm">
              History and audit
            </Anchor>
          </Group>
        </Group>
        {mode === 'edit' && !analysisOpen && canEdit && (
          <Alert color="blue" variant="light">
            The analysis is read-only while the report is {r.status.replace('_', ' ')}. Action items and communications can still be followed up.
          </Alert>
        )}
        {mode === 'read' ? (
          <>
            <ReportReadView report={r} />
            {(canEdit || canReview) && (
              <Paper withBorder p="md" className="no-print">
                <ReviewSection report={r} canEdit={canEdit} canReview={canReview} />
              </Paper>
            )}
          </>
        ) : (
          <ReportEditor report={r} analysisOpen={analysisOpen} canEdit={canEdit} canReview={canReview} />
        )}
      </Stack>
    </ConflictProvider>
  );
};
