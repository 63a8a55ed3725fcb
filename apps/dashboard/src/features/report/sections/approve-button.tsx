import type { PostmortemDocument } from '@hindsight/contracts';
import type { Communication } from '@hindsight/domain';
import { Button } from '@mantine/core';
import { useReportCommand } from '../api/use-report-command';

/** Whether a communication reaches anyone outside the organisation (the server's rule: a reviewer approves it first). */
export const goesOutside = (report: PostmortemDocument, communication: Communication): boolean =>
  communication.stakeholderIds.some((id) => report.stakeholders.find((s) => s.id === id)?.group !== 'internal');

/** A reviewer's approval of a communication's text as it stands. */
export const ApproveButton = ({ report, communication }: { report: PostmortemDocument; communication: Communication }) => {
  const command = useReportCommand(report.id);
  return (
    <Button
      size="xs"
      loading={command.isPending}
      onClick={() =>
        command.mutate({ method: 'POST', path: `/postmortems/${report.id}/communications/${communication.id}/approve`, body: {}, basedOn: report.revision, action: 'approve the communication' })
      }
      aria-label={`Approve: ${communication.summary}`}
    >
      Approve
    </Button>
  );
};
