import type { Problem } from '@hindsight/contracts';
import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { formatInstant } from '../../../lib/dates';
import type { FieldVersions } from '../../../lib/three-way-merge';
import { describeChange } from './describe-change';
import { type Decision, FieldMerge } from './field-merge';

/** Discard: keep theirs and drop the user's edit. Apply: send the user's edit, with the decisions for fields both changed. */
export type ConflictAnswer = { kind: 'discard' } | { kind: 'apply'; decisions: Record<string, unknown> };

/** The form's fields that either side changed, and how to name and show them. */
export interface MergeView {
  versions: FieldVersions[];
  label: (field: string) => string;
  show: (field: string, value: unknown) => string;
}

interface Props {
  /** The 409 answer, or null when there is no conflict to show. */
  problem: Problem | null;
  /** What the user was doing, e.g. "revise the timeline entry". */
  action: string;
  /** Field by field, when the form can say what the report holds now. */
  merge?: MergeView;
  onChoose: (answer: ConflictAnswer) => void;
}

type Decisions = Record<string, { decision: Decision; edited: string }>;

const decided = (merge: MergeView | undefined, decisions: Decisions) =>
  Object.fromEntries(
    (merge?.versions ?? [])
      .filter((v) => v.conflicting)
      .map((v) => {
        const { decision, edited } = decisions[v.field] ?? { decision: 'theirs', edited: '' };
        return [v.field, decision === 'theirs' ? v.theirs : decision === 'mine' ? v.mine : edited];
      }),
  );

/**
 * Someone changed the same thing since the user's edit was based on: who changed what, then
 * field by field the value before, theirs and the user's, to keep theirs, keep the user's or
 * write a merge; or discard the edit altogether and see theirs.
 */
export const ConflictDialog = ({ problem, action, merge, onChoose }: Props) => {
  const [decisions, setDecisions] = useState<Decisions>({});
  const discard = () => onChoose({ kind: 'discard' });
  return (
    // Above the form whose command met the conflict: that form stays open underneath.
    <Modal opened={problem !== null} onClose={discard} title="Someone else changed this" centered size="xl" zIndex={400}>
      {problem && (
        <Stack>
          <Text>
            You tried to {action}, but since you opened it the report changed in the same place
            {problem.currentRevision === undefined ? '' : ` (it is now at revision ${problem.currentRevision})`}:
          </Text>
          <List aria-label="Changes made meanwhile">
            {(problem.conflicts ?? []).map((c) => (
              <List.Item key={c.revision}>
                <Text span fw={600}>
                  {c.actor}
                </Text>{' '}
                — {describeChange(c.type)} at revision {c.revision}, {formatInstant(c.timestamp)}
                {c.reason ? ` (“${c.reason}”)` : ''}
              </List.Item>
            ))}
          </List>
          {merge?.versions.map((v) => (
            <FieldMerge
              key={v.field}
              versions={v}
              label={merge.label(v.field)}
              show={(value) => merge.show(v.field, value)}
              decision={decisions[v.field]?.decision ?? 'theirs'}
              edited={decisions[v.field]?.edited ?? String(v.mine)}
              onDecide={(decision, edited) => setDecisions((d) => ({ ...d, [v.field]: { decision, edited } }))}
            />
          ))}
          <Text size="sm" c="dimmed">
            {merge ? 'Save the merge to write it over the current revision, or discard your change to keep theirs.' : 'Apply yours to write your change over theirs, or discard it to keep theirs.'}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={discard}>
              Discard my change
            </Button>
            <Button onClick={() => onChoose({ kind: 'apply', decisions: decided(merge, decisions) })}>{merge ? 'Save the merge' : 'Apply my change'}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
};
