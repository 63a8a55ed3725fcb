import { DIFF_SECTIONS, type FieldChange, type RevisionDiff as Diff } from '@hindsight/contracts';
import { List, Stack, Text } from '@mantine/core';
import { label } from '../../lib/labels';

const show = (value: unknown): string => (value === undefined || value === null ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

const nameOf = (item: unknown): string => {
  const record = (item ?? {}) as Record<string, unknown>;
  return String(record['title'] ?? record['description'] ?? record['name'] ?? record['summary'] ?? record['text'] ?? record['id'] ?? '');
};

const Change = ({ change }: { change: FieldChange }) => (
  <Text size="sm">
    <Text span fw={600}>
      {change.field}
    </Text>
    :{' '}
    {change.text ? (
      change.text.map((part, i) =>
        part.added ? (
          <ins key={i}>{part.value}</ins>
        ) : part.removed ? (
          <del key={i}>{part.value}</del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )
    ) : (
      <>
        <del>{show(change.from)}</del> → <ins>{show(change.to)}</ins>
      </>
    )}
  </Text>
);

/** What changed between two revisions, section by section, with word-level changes in prose. */
export const RevisionDiff = ({ diff }: { diff: Diff }) => {
  const { status, facts, publicSummary, sections } = diff.changes;
  const lines = [
    ...(status ? [<Change key="status" change={status} />] : []),
    ...facts.map((f) => <Change key={`facts.${f.field}`} change={f} />),
    ...(publicSummary ? [<Change key="publicSummary" change={publicSummary} />] : []),
    ...DIFF_SECTIONS.flatMap((section) => [
      ...sections[section].added.map((a) => (
        <Text key={`${section}+${a.id}`} size="sm">
          <ins>
            Added to {label(section)}: {nameOf(a.item)}
          </ins>
        </Text>
      )),
      ...sections[section].removed.map((r) => (
        <Text key={`${section}-${r.id}`} size="sm">
          <del>
            Removed from {label(section)}: {nameOf(r.item)}
          </del>
        </Text>
      )),
      ...sections[section].changed.map((c) => (
        <Stack key={`${section}~${c.id}`} gap={0}>
          <Text size="sm" fw={600}>
            Changed in {label(section)}:
          </Text>
          <List>
            {c.fields.map((f) => (
              <List.Item key={f.field}>
                <Change change={f} />
              </List.Item>
            ))}
          </List>
        </Stack>
      )),
    ]),
  ];
  return lines.length ? <Stack gap={4}>{lines}</Stack> : <Text c="dimmed">No differences.</Text>;
};
