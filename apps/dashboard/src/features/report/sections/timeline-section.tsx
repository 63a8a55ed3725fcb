import { addTimelineEntryBody, type PostmortemDocument, reviseTimelineEntryBody } from '@hindsight/contracts';
import type { SuggestionView } from '@hindsight/contracts';
import { type TimelineEntry, TIMELINE_ENTRY_KINDS, byInstant, standingSignals } from '@hindsight/domain';
import { Button, Group, NativeSelect, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal';
import { formatInstant, fromLocalInput, toLocalInput } from '../../../lib/dates';
import { changedFields } from '../../../lib/forms';
import { label, optionsOf } from '../../../lib/labels';
import { useCommandForm } from '../api/use-command-form';
import { LinkChoices } from '../components/link-choices';
import { mapFound, titlesIn } from '../conflicts/shown-values';
import { RemoveButton } from '../components/remove-button';
import { ScrollTable } from '../../../components/scroll-table';
import { AcceptEditedDialog } from '../imports/accept-edited-dialog';
import { FirstSignalNote } from '../imports/first-signal-note';
import { ImportDialog } from '../imports/import-dialog';
import { SuggestedRow } from '../imports/suggested-row';
import { SuggestionsToolbar } from '../imports/suggestions-toolbar';
import { useSuggestionReview } from '../imports/use-suggestion-review';
import '../imports/suggested-entry.css';

interface EntryValues extends Record<string, unknown> {
  at: string;
  kind: string;
  description: string;
  evidenceIds: string[];
}

const bodyOf = (v: EntryValues) => ({ at: fromLocalInput(v.at), kind: v.kind, description: v.description, evidenceIds: v.evidenceIds });

const valuesOf = (entry: TimelineEntry): EntryValues => ({ at: toLocalInput(entry.at), kind: entry.kind, description: entry.description, evidenceIds: entry.evidenceIds });

const LABELS = { at: 'When', kind: 'Kind', description: 'What happened', evidenceIds: 'Evidence' };

const EntryForm = ({ report, entry, onClose }: { report: PostmortemDocument; entry?: TimelineEntry; onClose: () => void }) => {
  const initial: EntryValues = entry ? valuesOf(entry) : { at: toLocalInput(report.facts.occurredAt), kind: 'observation', description: '', evidenceIds: [] };
  const { form, submit, pending } = useCommandForm({
    report,
    initialValues: initial,
    schema: entry ? reviseTimelineEntryBody : addTimelineEntryBody,
    toBody: (v: EntryValues, base: EntryValues) => (entry ? changedFields(bodyOf(v), bodyOf(base)) : bodyOf(v)),
    valuesIn: entry && ((r: PostmortemDocument) => mapFound(r.timeline.find((e) => e.id === entry.id), valuesOf)),
    labels: LABELS,
    show: titlesIn(report),
    request: () =>
      entry ? { method: 'PATCH', path: `/postmortems/${report.id}/timeline/${entry.id}` } : { method: 'POST', path: `/postmortems/${report.id}/timeline` },
    action: entry ? 'revise the timeline entry' : 'add a timeline entry',
    onDone: onClose,
  });
  return (
    <FormModal opened title={entry ? 'Edit timeline entry' : 'Add timeline entry'} onClose={onClose} onSubmit={submit} pending={pending} submitLabel={entry ? 'Save entry' : 'Add entry'} formError={form.errors['form']}>
      <TextInput type="datetime-local" label="When" required data-autofocus {...form.getInputProps('at')} />
      <NativeSelect label="Kind" data={optionsOf(TIMELINE_ENTRY_KINDS)} {...form.getInputProps('kind')} />
      <Textarea label="What happened" required autosize minRows={2} {...form.getInputProps('description')} />
      <LinkChoices label="Evidence" choices={report.evidence.map((e) => ({ id: e.id, label: e.title }))} {...form.getInputProps('evidenceIds')} />
    </FormModal>
  );
};

type Row = { entry: TimelineEntry } | { suggestion: SuggestionView };
const timeOf = (row: Row) => ('entry' in row ? row.entry.at : row.suggestion.at);

/** The timeline in time order, with the suggestions of imports among its entries until an editor decides on them. */
export const TimelineSection = ({ report, editable }: { report: PostmortemDocument; editable: boolean }) => {
  const [editing, setEditing] = useState<TimelineEntry | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [accepting, setAccepting] = useState<SuggestionView | null>(null);
  const review = useSuggestionReview(report);
  const signals = new Set(standingSignals(report).map((s) => s.key));
  const rows: Row[] = [...report.timeline.map((entry) => ({ entry })), ...(editable ? review.shown.map((suggestion) => ({ suggestion })) : [])].sort(
    (a, b) => byInstant(timeOf(a), timeOf(b)) || ('entry' in a ? a.entry.id : a.suggestion.key).localeCompare('entry' in b ? b.entry.id : b.suggestion.key),
  );
  const evidenceTitle = (id: string) => report.evidence.find((e) => e.id === id)?.title ?? id;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>Timeline</Title>
        {editable && (
          <Group gap="xs">
            <Button variant="default" onClick={() => setImporting(true)}>
              Import data
            </Button>
            <Button onClick={() => setEditing('new')}>Add entry</Button>
          </Group>
        )}
      </Group>
      <FirstSignalNote report={report} />
      {editable && <SuggestionsToolbar review={review} />}
      {rows.length === 0 ? (
        <Text c="dimmed">No entries yet.</Text>
      ) : (
        <ScrollTable striped aria-label="Timeline entries">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th>What happened</Table.Th>
              <Table.Th>Evidence</Table.Th>
              {editable && <Table.Th>Actions</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) =>
              'suggestion' in row ? (
                <SuggestedRow key={row.suggestion.key} suggestion={row.suggestion} review={review} firstSignal={signals.has(row.suggestion.key)} onEdit={() => setAccepting(row.suggestion)} />
              ) : (
                <Table.Tr key={row.entry.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatInstant(row.entry.at)}</Table.Td>
                  <Table.Td>{label(row.entry.kind)}</Table.Td>
                  <Table.Td miw={240}>{row.entry.description}</Table.Td>
                  <Table.Td>{row.entry.evidenceIds.map(evidenceTitle).join(', ')}</Table.Td>
                  {editable && (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button size="xs" variant="default" onClick={() => setEditing(row.entry)} aria-label={`Edit entry: ${row.entry.description}`}>
                          Edit
                        </Button>
                        <RemoveButton report={report} path={`/postmortems/${report.id}/timeline/${row.entry.id}`} what={`entry: ${row.entry.description}`} action="remove the timeline entry" />
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ),
            )}
          </Table.Tbody>
        </ScrollTable>
      )}
      {editing && <EntryForm report={report} entry={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
      {importing && <ImportDialog reportId={report.id} onClose={() => setImporting(false)} />}
      {accepting && <AcceptEditedDialog suggestion={accepting} review={review} onClose={() => setAccepting(null)} />}
    </Stack>
  );
};
