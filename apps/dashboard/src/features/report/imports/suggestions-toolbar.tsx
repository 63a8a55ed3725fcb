import { Button, Checkbox, Chip, Group, SegmentedControl, Text } from '@mantine/core';
import type { ImportFormat } from '@hindsight/domain';
import { FORMAT_LABELS } from './source-labels';
import type { SuggestionReview, SuggestionWindow } from './use-suggestion-review';

/** What the timeline shows of the suggestions (by source, by window) and what to do with the selected ones. */
export const SuggestionsToolbar = ({ review }: { review: SuggestionReview }) => {
  const { pending, shown, selected } = review;
  if (pending.length === 0) return null;
  const keys = selected.map((s) => s.key);
  return (
    <Group gap="sm" role="toolbar" aria-label="Suggestions" wrap="wrap">
      <Text size="sm" fw={500}>
        {pending.length} suggested {pending.length === 1 ? 'entry' : 'entries'} to review
      </Text>
      <Chip.Group multiple value={review.formats} onChange={(v) => review.setFormats(v as ImportFormat[])}>
        <Group gap={4} aria-label="Sources">
          {review.sources.map((f) => (
            <Chip key={f} value={f} size="xs">
              {FORMAT_LABELS[f]}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <SegmentedControl
        size="xs"
        aria-label="Window"
        value={review.window}
        onChange={(v) => review.setWindow(v as SuggestionWindow)}
        data={[
          { value: 'incident', label: 'Around the incident' },
          { value: 'all', label: 'Everything imported' },
        ]}
      />
      <Checkbox
        size="xs"
        label={`Select all ${shown.length} shown`}
        checked={shown.length > 0 && selected.length === shown.length}
        indeterminate={selected.length > 0 && selected.length < shown.length}
        onChange={(e) => review.selectAll(e.currentTarget.checked)}
      />
      <Button size="xs" disabled={keys.length === 0} loading={review.pendingCommand} onClick={() => void review.accept(keys.map((key) => ({ key })))}>
        Accept selected ({keys.length})
      </Button>
      <Button size="xs" variant="default" disabled={keys.length === 0} onClick={() => void review.dismiss(keys)}>
        Dismiss selected ({keys.length})
      </Button>
    </Group>
  );
};
