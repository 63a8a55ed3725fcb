import { Checkbox, type CheckboxGroupProps, Stack } from '@mantine/core';

interface Props extends Omit<CheckboxGroupProps, 'children'> {
  /** What can be linked: each with the id the command sends and the text the user reads. */
  choices: { id: string; label: string }[];
}

/** Ticks for linking other parts of the report (evidence, timeline entries, causes, stakeholders); nothing when there is none. */
export const LinkChoices = ({ choices, ...group }: Props) =>
  choices.length === 0 ? null : (
    <Checkbox.Group {...group}>
      <Stack gap={4} mt={4}>
        {choices.map((choice) => (
          <Checkbox key={choice.id} value={choice.id} label={choice.label} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
