import { Fieldset, Radio, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import type { FieldVersions } from '../../../lib/three-way-merge';

export type Decision = 'theirs' | 'mine' | 'edit';

interface Props {
  versions: FieldVersions;
  label: string;
  /** A value as the user reads it (ids as titles, times in their zone). */
  show: (value: unknown) => string;
  decision: Decision;
  edited: string;
  onDecide: (decision: Decision, edited: string) => void;
}

const Version = ({ title, text }: { title: string; text: string }) => (
  <Stack gap={2}>
    <Text size="xs" fw={600} c="dimmed" tt="uppercase">
      {title}
    </Text>
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {text || '(empty)'}
    </Text>
  </Stack>
);

/** One field of a conflict: as it was, as the colleague left it, as the user has it, and what to keep. */
export const FieldMerge = ({ versions, label, show, decision, edited, onDecide }: Props) => {
  const onlyTheirs = JSON.stringify(versions.mine) === JSON.stringify(versions.base);
  const editable = typeof versions.mine === 'string';
  return (
    <Fieldset legend={label} aria-label={label}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Version title="Before" text={show(versions.base)} />
        <Version title="Theirs" text={show(versions.theirs)} />
        <Version title="Yours" text={show(versions.mine)} />
      </SimpleGrid>
      {versions.conflicting ? (
        <Stack mt="sm" gap="xs">
          <Radio.Group label="Keep" value={decision} onChange={(value) => onDecide(value as Decision, edited)}>
            <Stack gap={4} mt={4}>
              <Radio value="theirs" label="Theirs" />
              <Radio value="mine" label="Yours" />
              {editable && <Radio value="edit" label="A merge I write" />}
            </Stack>
          </Radio.Group>
          {decision === 'edit' && <Textarea label={`Merged ${label.toLowerCase()}`} autosize minRows={2} value={edited} onChange={(e) => onDecide('edit', e.currentTarget.value)} />}
        </Stack>
      ) : (
        <Text size="sm" mt="sm" c="dimmed">
          {onlyTheirs ? 'Only they changed this: their value is kept.' : 'Only you changed this: your value is kept.'}
        </Text>
      )}
    </Fieldset>
  );
};
