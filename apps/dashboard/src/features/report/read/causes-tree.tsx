import type { PostmortemDocument } from '@hindsight/contracts';
import { CAUSE_LEVELS } from '@hindsight/domain';
import { Anchor, Badge, List, Stack, Text, Title } from '@mantine/core';
import { Markdown } from '../../../components/markdown';
import { label } from '../../../lib/labels';
import { LEVEL_TITLES } from '../sections/causes-section';

/** The causes level by level, each with what it rests on: evidence (linked) and timeline entries. */
export const CausesTree = ({ report }: { report: PostmortemDocument }) => {
  const levels = CAUSE_LEVELS.filter((level) => report.causes.some((c) => c.level === level));
  if (levels.length === 0) return <Text c="dimmed">No causes identified yet.</Text>;
  return (
    <Stack gap="md">
      {levels.map((level) => (
        <Stack key={level} gap={4}>
          <Title order={3} size="h4">
            {LEVEL_TITLES[level]}
          </Title>
          <List spacing="sm" aria-label={LEVEL_TITLES[level]}>
            {report.causes
              .filter((c) => c.level === level)
              .map((cause) => (
                <List.Item key={cause.id}>
                  <Badge variant="outline" color="gray.8">
                    {label(cause.category)}
                  </Badge>
                  <Markdown text={cause.description} />
                  {(cause.evidenceIds.length > 0 || cause.timelineEntryIds.length > 0) && (
                    <List size="sm" withPadding aria-label="Rests on">
                      {cause.evidenceIds.map((id) => {
                        const evidence = report.evidence.find((e) => e.id === id);
                        return (
                          <List.Item key={id}>
                            Evidence: {evidence ? <Anchor href={evidence.url} target="_blank" rel="noreferrer">{evidence.title}</Anchor> : id}
                          </List.Item>
                        );
                      })}
                      {cause.timelineEntryIds.map((id) => (
                        <List.Item key={id}>Timeline: {report.timeline.find((e) => e.id === id)?.description ?? id}</List.Item>
                      ))}
                    </List>
                  )}
                </List.Item>
              ))}
          </List>
        </Stack>
      ))}
    </Stack>
  );
};
