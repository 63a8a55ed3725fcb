import { DIFF_SECTIONS, type FieldChange, type RevisionDiff as Diff } from '@hindsight/contracts';
import { List, Stack, Text } from '@mantine/core';
import { fieldLabel } from '../../lib/field-labels';
import { label } from '../../lib/labels';
import { shownValue } from './shown-value';

/** Each section's name as the editor's tabs and headings give it. */
const SECTION_NAMES: Record<string, string> = { actionItems: 'Action items' };
const sectionName = (section: string) => SECTION_NAMES[section] ?? label(section);

const nameOf = (item: unknown): string => {
  const record = (item ?? {}) as Record<string, unknown>;
  return String(record['title'] ?? record['description'] ?? record['name'] ?? record['summary'] ?? record['text'] ?? record['id'] ?? '');
};

const Change = ({ change, section, titleOf }: { change: FieldChange; section?: string; titleOf: (id: string) => string }) => (
  <Text size="sm">
    <Text span fw={600}>
      {fieldLabel(change.field, section)}
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
        <del>{shownValue(change.field, change.from, titleOf)}</del> → <ins>{shownValue(change.field, change.to, titleOf)}</ins>
      </>
    )}
  </Text>
);

/**
 * What changed between two revisions, section by section, in the editor's words, with
 * word-level changes in prose. `titleOf` names a linked evidence, timeline entry or cause.
 */
export const RevisionDiff = ({ diff, titleOf = (id) => id }: { diff: Diff; titleOf?: (id: string) => string }) => {
  const { status, facts, publicSummary, sections } = diff.changes;
  const lines = [
    ...(status ? [<Change key="status" change={status} titleOf={titleOf} />] : []),
    ...facts.map((f) => <Change key={`facts.${f.field}`} change={f} titleOf={titleOf} />),
    ...(publicSummary ? [<Change key="publicSummary" change={publicSummary} titleOf={titleOf} />] : []),
    ...DIFF_SECTIONS.flatMap((section) => [
      ...sections[section].added.map((a) => (
        <Text key={`${section}+${a.id}`} size="sm">
          <ins>
            Added to {sectionName(section)}: {nameOf(a.item)}
          </ins>
        </Text>
      )),
      ...sections[section].removed.map((r) => (
        <Text key={`${section}-${r.id}`} size="sm">
          <del>
            Removed from {sectionName(section)}: {nameOf(r.item)}
          </del>
        </Text>
      )),
      ...sections[section].changed.map((c) => (
        <Stack key={`${section}~${c.id}`} gap={0}>
          <Text size="sm" fw={600}>
            Changed in {sectionName(section)}:
          </Text>
          <List>
            {c.fields.map((f) => (
              <List.Item key={f.field}>
                <Change change={f} section={section} titleOf={titleOf} />
              </List.Item>
            ))}
          </List>
        </Stack>
      )),
    ]),
  ];
  return lines.length ? <Stack gap={4}>{lines}</Stack> : <Text c="dimmed">No differences.</Text>;
};
