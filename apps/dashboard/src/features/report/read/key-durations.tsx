import { keyDurations, type Postmortem } from '@hindsight/domain';
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { formatMinutes } from '../../../lib/dates';

const SHOWN = [
  ['toDetect', 'Time to detect', 'from the start to detection'],
  ['toMitigate', 'Time to mitigate', 'from the start until users were no longer hurt'],
  ['toResolve', 'Time to resolve', 'from the start to resolution'],
  ['review', 'Review took', 'from resolution to the published review'],
] as const;

/** The durations a reader looks for first, computed from the incident's times. */
export const KeyDurations = ({ report }: { report: Pick<Postmortem, 'facts' | 'publishedAt'> }) => {
  const durations = keyDurations(report);
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} role="list" aria-label="Key durations">
      {SHOWN.map(([key, name, meaning]) => (
        <Paper key={key} withBorder p="sm" role="listitem" aria-label={`${name}: ${formatMinutes(durations[key])}`}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {name}
          </Text>
          <Text size="xl" fw={700}>
            {formatMinutes(durations[key])}
          </Text>
          <Text size="xs" c="dimmed">
            {meaning}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
};
