import type { CommandAccepted } from '@hindsight/contracts';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, type CommandRequest, sendCommand } from '../../../lib/api-client';
import { useConflictResolver } from '../conflicts/conflict-provider';

export interface ReportCommand extends Omit<CommandRequest, 'basedOn'> {
  /** What the user is doing, in words for the conflict dialog: "revise the timeline entry". */
  action: string;
  /** The revision the user's edit is based on. */
  basedOn: number;
}

/** The user chose to keep the other person's change: nothing was sent, nothing to report. */
export class ChangeDiscarded extends Error {
  constructor() {
    super('Your change was discarded');
    this.name = 'ChangeDiscarded';
  }
}

/**
 * Sends a command about a report with the revision it was based on. On a conflict the user
 * decides: re-apply on top of the current revision, or discard. Other failures are shown as
 * notifications, except field errors (400), which the form shows next to its fields.
 */
export const useReportCommand = (reportId: string) => {
  const client = useQueryClient();
  const ask = useConflictResolver();
  return useMutation<CommandAccepted, Error, ReportCommand>({
    mutationFn: async ({ action, ...request }) => {
      try {
        return await sendCommand(request);
      } catch (error) {
        if (!(error instanceof ApiError) || error.problem.status !== 409) throw error;
        if ((await ask(error.problem, action)) === 'discard') throw new ChangeDiscarded();
        return sendCommand({ ...request, basedOn: error.problem.currentRevision });
      }
    },
    // Not awaited: the form settles first, then the fresh report arrives and refreshes it.
    onSettled: () => {
      void client.invalidateQueries({ queryKey: ['report', reportId] });
    },
    onError: (error) => {
      if (error instanceof ChangeDiscarded || (error instanceof ApiError && error.problem.status === 400)) return;
      notifications.show({ color: 'red', title: error instanceof ApiError ? error.problem.title : 'Not saved', message: error.message });
    },
  });
};
