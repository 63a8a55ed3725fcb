import type { SuggestionView } from '@hindsight/contracts';
import { Badge, Button, Checkbox, Group, Table, Text } from '@mantine/core';
import { formatInstant } from '../../../lib/dates';
import { label } from '../../../lib/labels';
import { FORMAT_LABELS } from './source-labels';
import type { SuggestionReview } from './use-suggestion-review';

const where = (s: SuggestionView) => [s.source.file, s.source.line && `line ${s.source.line}`, `written ${s.source.timestamp} (${s.source.zone})`].filter(Boolean).join(', ');

/** A suggestion among the timeline's entries: dashed, tinted, marked with its source, until an editor decides. */
export const SuggestedRow = ({ suggestion: s, review, firstSignal, onEdit }: { suggestion: SuggestionView; review: SuggestionReview; firstSignal: boolean; onEdit: () => void }) => (
  <Table.Tr className="suggested-entry" aria-label={`Suggested: ${s.description}`}>
    <Table.Td miw={120}>
      <Group gap={6} wrap="nowrap" align="flex-start">
        <Checkbox size="xs" aria-label={`Select suggestion: ${s.description}`} checked={review.selected.some((x) => x.key === s.key)} onChange={() => review.toggle(s.key)} />
        {formatInstant(s.at)}
      </Group>
    </Table.Td>
    <Table.Td>{label(s.kind)}</Table.Td>
    <Table.Td miw={240}>
      <Text size="sm" fs="italic" style={{ overflowWrap: 'anywhere' }}>
        {s.description}
      </Text>
      <Group gap={4} mt={2}>
        <Badge size="xs" variant="outline" color="grape">
          Suggested · {FORMAT_LABELS[s.source.format]}
        </Badge>
        {s.count > 1 && <Badge size="xs" variant="light" color="gray">×{s.count.toLocaleString()}</Badge>}
        {firstSignal && (
          <Badge size="xs" color="orange" title="The earliest sign before anyone noticed">
            First signal
          </Badge>
        )}
      </Group>
    </Table.Td>
    <Table.Td miw={180}>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {where(s)}
      </Text>
    </Table.Td>
    <Table.Td>
      <Group gap="xs" wrap="nowrap">
        <Button size="xs" variant="light" onClick={() => void review.accept([{ key: s.key }])} aria-label={`Accept: ${s.description}`}>
          Accept
        </Button>
        <Button size="xs" variant="default" onClick={onEdit} aria-label={`Edit and accept: ${s.description}`}>
          Edit
        </Button>
        <Button size="xs" variant="subtle" color="gray" onClick={() => void review.dismiss([s.key])} aria-label={`Dismiss: ${s.description}`}>
          Dismiss
        </Button>
      </Group>
    </Table.Td>
  </Table.Tr>
);
