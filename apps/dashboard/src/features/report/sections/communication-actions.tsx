import type { PostmortemDocument } from '@hindsight/contracts';
import type { Communication } from '@hindsight/domain';
import { Badge, Button, Group } from '@mantine/core';
import { ReasonButton } from '../components/reason-button';
import { ApproveButton, goesOutside } from './approve-button';
import { addressesOf } from './dispatch-form';

interface Props {
  report: PostmortemDocument;
  communication: Communication;
  editable: boolean;
  canReview: boolean;
  onOpen: (open: { item: Communication; sent?: boolean; dispatch?: boolean }) => void;
}

/** What can be done with a planned communication: edit, approve (a reviewer, for what goes outside), send, record as sent, cancel. */
export const CommunicationActions = ({ report, communication: c, editable, canReview, onOpen }: Props) => {
  const awaitingApproval = goesOutside(report, c) && !c.approved;
  return (
    <Group gap="xs" wrap="nowrap">
      {editable && (
        <Button size="xs" variant="default" onClick={() => onOpen({ item: c })} aria-label={`Edit communication: ${c.summary}`}>
          Edit
        </Button>
      )}
      {awaitingApproval && canReview && <ApproveButton report={report} communication={c} />}
      {awaitingApproval && !canReview && (
        <Badge variant="outline" color="gray.7">
          Needs a reviewer&apos;s approval
        </Badge>
      )}
      {editable && !awaitingApproval && addressesOf(report, c).length > 0 && (
        <Button size="xs" onClick={() => onOpen({ item: c, dispatch: true })} aria-label={`Send: ${c.summary}`}>
          Send
        </Button>
      )}
      {editable && !awaitingApproval && (
        <Button size="xs" variant="default" onClick={() => onOpen({ item: c, sent: true })} aria-label={`Record as sent: ${c.summary}`}>
          Record sent
        </Button>
      )}
      {editable && (
        <ReasonButton report={report} path={`/postmortems/${report.id}/communications/${c.id}/cancel`} action="cancel the communication" aria-label={`Cancel communication: ${c.summary}`}>
          Cancel
        </ReasonButton>
      )}
    </Group>
  );
};
