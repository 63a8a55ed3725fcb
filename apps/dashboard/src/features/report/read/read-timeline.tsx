import type { PostmortemDocument } from '@hindsight/contracts';
import { byInstant } from '@hindsight/domain';
import { Anchor, Group, Text, Timeline } from '@mantine/core';
import { formatInstant } from '../../../lib/dates';
import { label } from '../../../lib/labels';

/** The timeline in time order, each entry with its kind and evidence. */
export const ReadTimeline = ({ report }: { report: PostmortemDocument }) => {
  const entries = [...report.timeline].sort((a, b) => byInstant(a.at, b.at) || a.id.localeCompare(b.id));
  if (entries.length === 0) return <Text c="dimmed">No timeline entries yet.</Text>;
  return (
    <Timeline bulletSize={12} lineWidth={2} aria-label="Timeline">
      {entries.map((entry) => (
        <Timeline.Item key={entry.id} title={<Text span fw={600}>{formatInstant(entry.at)} · {label(entry.kind)}</Text>}>
          <Text size="sm">{entry.description}</Text>
          {entry.evidenceIds.length > 0 && (
            <Group gap="xs">
              {entry.evidenceIds.map((id) => {
                const evidence = report.evidence.find((e) => e.id === id);
                return evidence ? <Anchor key={id} size="sm" href={evidence.url} target="_blank" rel="noreferrer">{evidence.title}</Anchor> : null;
              })}
            </Group>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
};
