import type { Problem } from '@hindsight/contracts';
import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { formatInstant } from '../../../lib/dates';
import { describeChange } from './describe-change';

export type ConflictChoice = 'reapply' | 'discard';

interface Props {
  /** The 409 answer, or null when there is no conflict to show. */
  problem: Problem | null;
  /** What the user was doing, e.g. "revise the timeline entry". */
  action: string;
  onChoose: (choice: ConflictChoice) => void;
}

/**
 * Someone changed the same thing since the user's edit was based on: show who changed what
 * and let the user apply their change on top, or drop it and see the other person's version.
 */
export const ConflictDialog = ({ problem, action, onChoose }: Props) => (
  // Above the form whose command met the conflict: that form stays open underneath.
  <Modal opened={problem !== null} onClose={() => onChoose('discard')} title="Someone else changed this" centered size="lg" zIndex={400}>
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
        <Text size="sm" c="dimmed">
          Apply yours to write your change over theirs, or discard it to keep theirs.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onChoose('discard')}>
            Discard my change
          </Button>
          <Button onClick={() => onChoose('reapply')}>Apply my change</Button>
        </Group>
      </Stack>
    )}
  </Modal>
);
