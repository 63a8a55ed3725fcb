import {
  assignActionItemBody,
  completeActionItemBody,
  type PostmortemDocument,
  proposeActionItemBody,
  reviseActionItemBody,
} from '@hindsight/contracts';
import { type ActionItem, ACTION_ITEM_TYPES, type Effort, EFFORTS, type Frequency, FREQUENCIES, OWNER_KINDS, prioritise, type Severity, SEVERITIES } from '@hindsight/domain';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal';
import { BandBadge, StatusBadge } from '../../../components/status-badge';
import { changedFields, optional } from '../../../lib/forms';
import { label, optionsOf } from '../../../lib/labels';
import { reportActionItemsQuery } from '../api/report-queries';
import { useCommandForm } from '../api/use-command-form';
import { useReportCommand } from '../api/use-report-command';
import { explainPriority } from '../components/priority-explanation';
import { LinkChoices } from '../components/link-choices';
import { ReasonButton } from '../components/reason-button';
import { mapFound, titlesIn } from '../conflicts/shown-values';
import { ScrollTable } from '../../../components/scroll-table';
import { MarkdownField } from '../../../components/markdown-field';
import { NamePicker } from '../../../components/name-picker';

interface ItemValues extends Record<string, unknown> {
  title: string;
  description: string;
  successCriteria: string;
  type: string;
  dueDate: string;
  ownerKind: string;
  ownerName: string;
  causeIds: string[];
  severity: string;
  frequency: string;
  effort: string;
}

const valuesOf = (report: PostmortemDocument, item?: ActionItem): ItemValues => ({
  title: item?.title ?? '',
  description: item?.description ?? '',
  successCriteria: item?.successCriteria ?? '',
  type: item?.type ?? 'prevent',
  dueDate: item?.dueDate ?? '',
  ownerKind: item?.owner?.kind ?? 'person',
  ownerName: item?.owner?.name ?? '',
  causeIds: item?.causeIds ?? [],
  severity: item?.priority.severity ?? report.facts.severity,
  frequency: item?.priority.frequency ?? 'occasional',
  effort: item?.priority.effort ?? 'medium',
});

const ITEM_LABELS = {
  description: 'What will be done (specific)',
  successCriteria: 'Success criteria (measurable)',
  dueDate: 'Due date',
  severity: 'Severity it prevents',
  frequency: 'How often',
  causeIds: 'Causes it addresses',
};

const itemOf = (v: ItemValues) => ({
  title: v.title,
  description: v.description,
  successCriteria: v.successCriteria,
  type: v.type,
  causeIds: v.causeIds,
  priority: { severity: v.severity, frequency: v.frequency, effort: v.effort },
});

const ownerOf = (v: ItemValues) => (v.ownerName.trim() ? { kind: v.ownerKind, name: v.ownerName } : undefined);

/** Proposing sends the owner with the item; an existing item changes owner through "Assign". */
const ItemForm = ({ report, item, onClose }: { report: PostmortemDocument; item?: ActionItem; onClose: () => void }) => {
  const initial = valuesOf(report, item);
  const revision = (v: ItemValues) => ({ ...itemOf(v), dueDate: optional(v.dueDate) ?? null });
  const { form, submit, pending } = useCommandForm({
    report,
    initialValues: initial,
    schema: item ? reviseActionItemBody : proposeActionItemBody,
    toBody: (v: ItemValues, base: ItemValues) => (item ? changedFields(revision(v), revision(base)) : { ...itemOf(v), dueDate: optional(v.dueDate), owner: ownerOf(v) }),
    valuesIn: item && ((r: PostmortemDocument) => mapFound(r.actionItems.find((i) => i.id === item.id), (found) => valuesOf(r, found))),
    labels: ITEM_LABELS,
    show: titlesIn(report),
    request: () => (item ? { method: 'PATCH', path: `/postmortems/${report.id}/action-items/${item.id}` } : { method: 'POST', path: `/postmortems/${report.id}/action-items` }),
    action: item ? 'revise the action item' : 'propose an action item',
    onDone: onClose,
  });
  const preview = prioritise({ severity: form.values.severity as Severity, frequency: form.values.frequency as Frequency, effort: form.values.effort as Effort, recurrences: 0 });
  return (
    <FormModal opened title={item ? 'Edit action item' : 'Propose an action item'} onClose={onClose} onSubmit={submit} pending={pending} submitLabel={item ? 'Save action item' : 'Propose'} formError={form.errors['form']}>
      <TextInput label="Title" required data-autofocus {...form.getInputProps('title')} />
      <MarkdownField label="What will be done (specific)" required autosize minRows={2} {...form.getInputProps('description')} />
      <MarkdownField label="Success criteria (measurable)" required autosize minRows={2} {...form.getInputProps('successCriteria')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect label="Type" data={optionsOf(ACTION_ITEM_TYPES)} {...form.getInputProps('type')} />
        <TextInput label="Due date" type="date" {...form.getInputProps('dueDate')} />
        {!item && <NativeSelect label="Owner is a" data={optionsOf(OWNER_KINDS)} {...form.getInputProps('ownerKind')} />}
        {!item && <NamePicker kind={form.values.ownerKind === 'team' ? 'team' : 'person'} label="Owner" {...form.getInputProps('ownerName')} />}
      </SimpleGrid>
      <SimpleGrid cols={3}>
        <NativeSelect label="Severity it prevents" data={[...SEVERITIES]} {...form.getInputProps('severity')} />
        <NativeSelect label="How often" data={optionsOf(FREQUENCIES)} {...form.getInputProps('frequency')} />
        <NativeSelect label="Effort" data={optionsOf(EFFORTS)} {...form.getInputProps('effort')} />
      </SimpleGrid>
      <Group gap="xs" wrap="nowrap" aria-live="polite">
        <BandBadge band={preview.band} />
        <Text size="sm">{explainPriority(preview)}</Text>
      </Group>
      <LinkChoices
        label="Causes it addresses"
        choices={report.causes.map((c) => ({ id: c.id, label: `${label(c.category)}: ${c.description}` }))}
        {...form.getInputProps('causeIds')}
      />
    </FormModal>
  );
};

const AssignForm = ({ report, item, onClose }: { report: PostmortemDocument; item: ActionItem; onClose: () => void }) => {
  const meetings = report.communications.filter((c) => c.channel === 'internal_meeting');
  const { form, submit, pending } = useCommandForm({
    report,
    initialValues: { kind: item.owner?.kind ?? 'person', name: item.owner?.name ?? '', meetingId: '' },
    schema: assignActionItemBody,
    toBody: ({ meetingId, ...owner }: { kind: string; name: string; meetingId: string }) => ({ owner, ...(meetingId ? { meetingId } : {}) }),
    request: () => ({ method: 'POST', path: `/postmortems/${report.id}/action-items/${item.id}/assign` }),
    action: 'assign the action item',
    onDone: onClose,
  });
  return (
    <FormModal opened title={`Assign: ${item.title}`} onClose={onClose} onSubmit={submit} pending={pending} submitLabel="Assign" formError={form.errors['form']}>
      <NativeSelect label="Owner is a" data={optionsOf(OWNER_KINDS)} {...form.getInputProps('kind')} />
      <NamePicker kind={form.values.kind === 'team' ? 'team' : 'person'} label="Owner" required data-autofocus {...form.getInputProps('name')} />
      {meetings.length > 0 && (
        <NativeSelect label="Assigned in the meeting" data={[{ value: '', label: 'Not in a meeting' }, ...meetings.map((m) => ({ value: m.id, label: m.summary }))]} {...form.getInputProps('meetingId')} />
      )}
    </FormModal>
  );
};

const CompleteForm = ({ report, item, onClose }: { report: PostmortemDocument; item: ActionItem; onClose: () => void }) => {
  const { form, submit, pending } = useCommandForm({
    report,
    initialValues: { verificationNote: '' },
    schema: completeActionItemBody,
    toBody: (v: { verificationNote: string }) => v,
    request: () => ({ method: 'POST', path: `/postmortems/${report.id}/action-items/${item.id}/complete` }),
    action: 'complete the action item',
    onDone: onClose,
  });
  return (
    <FormModal opened title={`Complete: ${item.title}`} onClose={onClose} onSubmit={submit} pending={pending} submitLabel="Complete" formError={form.errors['form']}>
      <Textarea label="How was it verified?" required autosize minRows={2} data-autofocus {...form.getInputProps('verificationNote')} />
    </FormModal>
  );
};

const StatusToggle = ({ report, item }: { report: PostmortemDocument; item: ActionItem }) => {
  const command = useReportCommand(report.id);
  const next = item.status === 'open' ? 'in_progress' : 'open';
  return (
    <Button size="xs" variant="default" loading={command.isPending} onClick={() => command.mutate({ method: 'POST', path: `/postmortems/${report.id}/action-items/${item.id}/status`, body: { status: next }, basedOn: report.revision, action: 'change the action item status' })}>
      {next === 'in_progress' ? 'Start' : 'Back to open'}
    </Button>
  );
};

/**
 * Action items: specific, measurable, owned and due, with the priority band and why. Proposing
 * and revising belong to the analysis (read-only once approved); assigning, progress and
 * completion go on after publication.
 */
export const ActionItemsSection = ({ report, editable, canFollowUp }: { report: PostmortemDocument; editable: boolean; canFollowUp: boolean }) => {
  const [editing, setEditing] = useState<{ item?: ActionItem; mode: 'edit' | 'assign' | 'complete' } | null>(null);
  const priorities = useQuery(reportActionItemsQuery(report));
  const priorityOf = (item: ActionItem) =>
    priorities.data?.items.find((p) => p.id === item.id)?.priority ?? prioritise({ severity: item.priority.severity, frequency: item.priority.frequency, effort: item.priority.effort, recurrences: 0 });
  const items = [...report.actionItems].sort((a, b) => priorityOf(b).score - priorityOf(a).score);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>Action items</Title>
        {editable && <Button onClick={() => setEditing({ mode: 'edit' })}>Propose action item</Button>}
      </Group>
      {items.length === 0 ? (
        <Text c="dimmed">No action items yet.</Text>
      ) : (
        <ScrollTable striped aria-label="Action items">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Priority</Table.Th>
              <Table.Th>Action item</Table.Th>
              <Table.Th>Owner</Table.Th>
              <Table.Th>Due</Table.Th>
              <Table.Th>Status</Table.Th>
              {canFollowUp && <Table.Th>Actions</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => {
              const priority = priorityOf(item);
              const closed = item.status === 'done' || item.status === 'wont_do';
              return (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <BandBadge band={priority.band} />
                  </Table.Td>
                  <Table.Td>
                    <Text fw={600}>{item.title}</Text>
                    <Text size="sm">{item.description}</Text>
                    <Text size="sm" c="dimmed">
                      Success: {item.successCriteria}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {explainPriority(priority)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{item.owner ? `${item.owner.name} (${item.owner.kind})` : <Text c="red.8">Unowned</Text>}</Table.Td>
                  <Table.Td>{item.dueDate ?? '—'}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={item.status} />
                  </Table.Td>
                  {canFollowUp && (
                    <Table.Td>
                      {!closed && (
                        <Group gap="xs">
                          {editable && (
                            <Button size="xs" variant="default" onClick={() => setEditing({ item, mode: 'edit' })} aria-label={`Edit action item: ${item.title}`}>
                              Edit
                            </Button>
                          )}
                          <Button size="xs" variant="default" onClick={() => setEditing({ item, mode: 'assign' })} aria-label={`Assign action item: ${item.title}`}>
                            Assign
                          </Button>
                          <StatusToggle report={report} item={item} />
                          <Button size="xs" variant="default" onClick={() => setEditing({ item, mode: 'complete' })} aria-label={`Complete action item: ${item.title}`}>
                            Complete
                          </Button>
                          <ReasonButton report={report} path={`/postmortems/${report.id}/action-items/${item.id}/decline`} action="decline the action item" aria-label={`Decline action item: ${item.title}`}>
                            Won't do
                          </ReasonButton>
                        </Group>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </ScrollTable>
      )}
      {editing?.mode === 'edit' && <ItemForm report={report} item={editing.item} onClose={() => setEditing(null)} />}
      {editing?.mode === 'assign' && editing.item && <AssignForm report={report} item={editing.item} onClose={() => setEditing(null)} />}
      {editing?.mode === 'complete' && editing.item && <CompleteForm report={report} item={editing.item} onClose={() => setEditing(null)} />}
    </Stack>
  );
};
