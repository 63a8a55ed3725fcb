import { Button, Group, Text } from '@mantine/core';

/** The occurrence range a trend's bar opened the list with, and a way back to every date. */
export const OccurredRange = ({ from, to, onClear }: { from: string; to: string; onClear: () => void }) => (
  <Group gap="xs">
    <Text size="sm">
      Incidents that occurred {from ? `from ${from}` : ''} {to ? `until ${to} (not included)` : ''}
    </Text>
    <Button size="compact-xs" variant="default" onClick={onClear}>
      Any date
    </Button>
  </Group>
);
