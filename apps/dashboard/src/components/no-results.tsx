import { Button, Paper, Stack, Text } from '@mantine/core';

/** Nothing matched: say so, and offer the way back to everything. */
export const NoResults = ({ what, onClear }: { what: string; onClear: () => void }) => (
  <Paper withBorder p="lg">
    <Stack align="center" gap="xs">
      <Text>No {what} match these filters.</Text>
      <Button variant="default" size="xs" onClick={onClear}>
        Clear the filters
      </Button>
    </Stack>
  </Paper>
);
