import { approveReportBody, type PostmortemDocument, publishReportBody } from '@hindsight/contracts';
import { Alert, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal';
import { StatusBadge } from '../../../components/status-badge';
import { formatInstant } from '../../../lib/dates';
import { optional } from '../../../lib/forms';
import { useCommandForm } from '../api/use-command-form';
import { useReportCommand } from '../api/use-report-command';
import { ReasonButton } from '../components/reason-button';
import { MarkdownField } from '../../../components/markdown-field';

const PublishForm = ({ report, onClose }: { report: PostmortemDocument; onClose: () => void }) => {
  const { form, submit, pending } = useCommandForm({
    report,
    initialValues: { reason: '', publicSummary: report.publicSummary ?? '' },
    schema: publishReportBody,
    toBody: (v: { reason: string; publicSummary: string }) => ({ reason: v.reason, publicSummary: optional(v.publicSummary) }),
    request: () => ({ method: 'POST', path: `/postmortems/${report.id}/publish` }),
    action: 'publish the report',
    onDone: onClose,
  });
  return (
    <FormModal opened title="Publish" onClose={onClose} onSubmit={submit} pending={pending} submitLabel="Publish" formError={form.errors['form']}>
      <Textarea label="Reason" required autosize minRows={2} data-autofocus {...form.getInputProps('reason')} />
      <MarkdownField label="Public summary" description="For the status page and customers; optional" autosize minRows={3} {...form.getInputProps('publicSummary')} />
    </FormModal>
  );
};

const NEXT_STEP: Record<string, string> = {
  draft: 'Editors complete the analysis, then submit it for review.',
  in_review: 'A reviewer approves it or sends it back with the changes needed.',
  approved: 'The analysis is read-only. A reviewer publishes it.',
  published: 'Published. Action items are followed up; reopening makes the analysis editable again.',
};

/** The review workflow: draft → in review → approved → published, and back with a reason. */
export const ReviewSection = ({ report, canEdit, canReview }: { report: PostmortemDocument; canEdit: boolean; canReview: boolean }) => {
  const [publishing, setPublishing] = useState(false);
  const submitForReview = useReportCommand(report.id);
  const path = (step: string) => `/postmortems/${report.id}/${step}`;
  return (
    <Stack>
      <Title order={3}>Review</Title>
      <Group>
        <Text>Status:</Text>
        <StatusBadge status={report.status} />
        {report.publishedAt && <Text c="dimmed">published {formatInstant(report.publishedAt)}</Text>}
      </Group>
      <Text>{NEXT_STEP[report.status]}</Text>
      {report.publicSummary && (
        <Alert title="Public summary" color="blue" variant="light">
          {report.publicSummary}
        </Alert>
      )}
      <Group>
        {report.status === 'draft' && canEdit && (
          <Button
            loading={submitForReview.isPending}
            onClick={() => submitForReview.mutate({ method: 'POST', path: path('submit'), body: {}, basedOn: report.revision, action: 'submit the report for review' })}
          >
            Submit for review
          </Button>
        )}
        {report.status === 'in_review' && canReview && (
          <>
            <ReasonButton report={report} path={path('approve')} action="approve the report" schema={approveReportBody} variant="filled" size="sm">
              Approve
            </ReasonButton>
            <ReasonButton report={report} path={path('request-changes')} action="request changes" size="sm">
              Request changes
            </ReasonButton>
          </>
        )}
        {report.status === 'approved' && canReview && (
          <>
            <Button onClick={() => setPublishing(true)}>Publish</Button>
            <ReasonButton report={report} path={path('request-changes')} action="request changes" size="sm">
              Request changes
            </ReasonButton>
          </>
        )}
        {report.status === 'published' && canReview && (
          <ReasonButton report={report} path={path('reopen')} action="reopen the report" size="sm">
            Reopen
          </ReasonButton>
        )}
      </Group>
      {publishing && <PublishForm report={report} onClose={() => setPublishing(false)} />}
    </Stack>
  );
};
