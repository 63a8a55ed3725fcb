import type { PostmortemDocument } from '@hindsight/contracts';
import { firstSignalOf } from '@hindsight/domain';
import { Text } from '@mantine/core';
import { formatInstant, formatMinutes } from '../../../lib/dates';

/** How long the signal was there before anyone noticed: the real time to detect. */
export const FirstSignalNote = ({ report }: { report: PostmortemDocument }) => {
  const signal = firstSignalOf(report);
  const detectedAt = report.facts.detectedAt;
  if (!signal || !detectedAt) return null;
  const minutes = (Date.parse(detectedAt) - Date.parse(signal.at)) / 60_000;
  return (
    <Text size="sm" role="note" aria-label="First signal" style={{ overflowWrap: 'anywhere' }}>
      <Text span fw={600} c="orange.8">
        First signal {formatInstant(signal.at)}
      </Text>
      , {formatMinutes(minutes)} before anyone noticed: {signal.description}
    </Text>
  );
};
