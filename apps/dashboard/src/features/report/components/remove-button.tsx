import type { PostmortemDocument } from '@hindsight/contracts';
import { Button } from '@mantine/core';
import { useState } from 'react';
import { useReportCommand } from '../api/use-report-command';

/** Removes an entity after a second, explicit click ("Confirm"), so a stray keypress removes nothing. */
export const RemoveButton = ({ report, path, what, action }: { report: PostmortemDocument; path: string; what: string; action: string }) => {
  // The revision the user saw when they asked to remove it.
  const [basedOn, setBasedOn] = useState<number | null>(null);
  const armed = basedOn !== null;
  const command = useReportCommand(report.id);
  return armed ? (
    <Button size="xs" color="red" loading={command.isPending} onClick={() => command.mutate({ method: 'DELETE', path, basedOn, action })} onBlur={() => setBasedOn(null)} aria-label={`Confirm removing ${what}`}>
      Confirm
    </Button>
  ) : (
    <Button size="xs" variant="default" color="red" onClick={() => setBasedOn(report.revision)} aria-label={`Remove ${what}`}>
      Remove
    </Button>
  );
};
