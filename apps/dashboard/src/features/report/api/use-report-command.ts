import type { CommandAccepted, PostmortemDocument } from '@hindsight/contracts';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, type CommandRequest, sendCommand } from '../../../lib/api-client';
import { inPlainWords } from '../../../lib/plain-words';
import { changedSince, type FormValues, merge as mergeValues, sameValues } from '../../../lib/three-way-merge';
import type { MergeView } from '../conflicts/conflict-dialog';
import { useConflictResolver } from '../conflicts/conflict-provider';

/** What a form needs to merge the user's edit with a colleague's, field by field. */
export interface MergeRequest extends Omit<MergeView, 'versions'> {
  /** The form's values when the user started, and now. */
  base: FormValues;
  mine: FormValues;
  /** The form's fields as they stand in a report; undefined when the thing edited is gone. */
  valuesIn: (report: PostmortemDocument) => FormValues | undefined;
  toBody: (values: FormValues, base: FormValues) => unknown;
}

export interface ReportCommand extends Omit<CommandRequest, 'basedOn'> {
  /** What the user is doing, in words for the conflict dialog: "revise the timeline entry". */
  action: string;
  /** The revision the user's edit is based on. */
  basedOn: number;
  merge?: MergeRequest;
}

/** The user kept the other person's version: nothing (more) was sent. `latest` is what the form should now show. */
export class ChangeDiscarded extends Error {
  constructor(readonly latest?: { values: FormValues; revision: number }) {
    super('Your change was discarded');
    this.name = 'ChangeDiscarded';
  }
}

/**
 * Sends a command about a report with the revision it was based on. On a conflict the user
 * decides: for a form that can say what the report holds now, field by field (theirs, mine
 * or a merge), else re-apply or discard as a whole. Other failures are shown as
 * notifications, except field errors (400), which the form shows next to its fields.
 */
export const useReportCommand = (reportId: string) => {
  const client = useQueryClient();
  const ask = useConflictResolver();
  const settle = async ({ action, merge, ...request }: ReportCommand, problem: ApiError['problem']) => {
    // Exactly the revision the conflict names, folded from the events, whatever the read models have caught up with.
    const latest = problem.currentRevision === undefined || !merge ? undefined : await api<PostmortemDocument>(`/postmortems/${encodeURIComponent(reportId)}?asOf=${problem.currentRevision}`);
    const theirs = latest && merge?.valuesIn(latest);
    if (!latest || !merge || !theirs) {
      if ((await ask(problem, action)).kind === 'discard') throw new ChangeDiscarded();
      return sendCommand({ ...request, basedOn: problem.currentRevision });
    }
    const answer = await ask(problem, action, { versions: changedSince(merge.base, theirs, merge.mine), label: merge.label, show: merge.show });
    const kept = { values: theirs, revision: latest.revision };
    if (answer.kind === 'discard') throw new ChangeDiscarded(kept);
    const merged = mergeValues(merge.base, theirs, merge.mine, answer.decisions);
    if (sameValues(merged, theirs)) throw new ChangeDiscarded(kept);
    return sendCommand({ ...request, body: merge.toBody(merged, theirs), basedOn: latest.revision });
  };
  return useMutation<CommandAccepted, Error, ReportCommand>({
    mutationFn: async (command) => {
      const { action: _action, merge: _merge, ...request } = command;
      try {
        return await sendCommand(request);
      } catch (error) {
        if (!(error instanceof ApiError) || error.problem.status !== 409) throw error;
        return settle(command, error.problem);
      }
    },
    // Not awaited: the form settles first, then the fresh report arrives and refreshes it.
    onSettled: () => {
      void client.invalidateQueries({ queryKey: ['report', reportId] });
    },
    onError: (error) => {
      if (error instanceof ChangeDiscarded || (error instanceof ApiError && error.problem.status === 400)) return;
      notifications.show({ color: 'red', title: error instanceof ApiError ? error.problem.title : 'Not saved', message: inPlainWords(error.message) });
    },
  });
};
