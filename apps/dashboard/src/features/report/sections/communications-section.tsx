import { planCommunicationBody, type PostmortemDocument, recordCommunicationSentBody, reviseCommunicationBody } from '@hindsight/contracts';
import { CHANNELS, type Communication, type Stakeholder } from '@hindsight/domain';
import { Button, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal';
import { StatusBadge } from '../../../components/status-badge';
import { formatInstant, fromLocalInput, toLocalInput } from '../../../lib/dates';
import { changedFields, optional } from '../../../lib/forms';
import { label, optionsOf } from '../../../lib/labels';
import { useCommandForm } from '../api/use-command-form';
import { LinkChoices } from '../components/link-choices';
import { RemoveButton } from '../components/remove-button';
import { mapFound } from '../conflicts/shown-values';
import { ScrollTable } from '../../../components/scroll-table';
import { MarkdownField } from '../../../components/markdown-field';
import { DeliveryList } from './delivery-list';
import { DraftPicker } from './draft-picker';
import { MeetingNotesForm } from './meeting-notes-form';
import { CommunicationActions } from './communication-actions';
import { DispatchForm } from './dispatch-form';
import { StakeholderForm } from './stakeholder-form';
import { RegulatoryPanel } from './regulatory-panel';
import { useRegimes } from '../api/regulatory-queries';

interface CommunicationValues extends Record<string, unknown> {
  stakeholderIds: string[];
  channel: string;
  summary: string;
  plannedFor: string;
  /** `regime/stage` of a regulatory filing, or empty. */
  filing: string;
  /** A meeting's length in minutes and its place, as typed. */
  durationMinutes: string;
  location: string;
}

const communicationValues = (communication?: Communication): CommunicationValues => ({
  stakeholderIds: communication?.stakeholderIds ?? [],
  channel: communication?.channel ?? 'email',
  summary: communication?.summary ?? '',
  plannedFor: toLocalInput(communication?.plannedFor),
  filing: communication?.filing ? `${communication.filing.regime}/${communication.filing.stage}` : '',
  durationMinutes: communication?.meeting ? String(communication.meeting.durationMinutes) : '',
  location: communication?.meeting?.location ?? '',
});

const meetingOf = (v: CommunicationValues) =>
  v.channel === 'internal_meeting' && (v.durationMinutes.trim() || v.location.trim())
    ? { durationMinutes: v.durationMinutes.trim() ? Number(v.durationMinutes) : 60, ...(v.location.trim() ? { location: v.location.trim() } : {}) }
    : undefined;

const filingOf = (value: string) => {
  const [regime, stage] = value.split('/');
  return regime && stage ? { regime, stage } : undefined;
};

const CommunicationForm = ({ report, communication, onClose }: { report: PostmortemDocument; communication?: Communication; onClose: () => void }) => {
  const initial = communicationValues(communication);
  const regimes = useRegimes() ?? [];
  const filings = regimes
    .filter((r) => report.facts.regimes?.includes(r.id))
    .flatMap((r) => r.stages.map((stage) => ({ value: `${r.id}/${stage.id}`, label: `${r.name}: ${stage.name}` })));
  const body = (v: CommunicationValues) => ({
    stakeholderIds: v.stakeholderIds,
    channel: v.channel,
    summary: v.summary,
    plannedFor: optional(fromLocalInput(v.plannedFor)),
    filing: v.channel === 'regulatory_report' ? filingOf(v.filing) : undefined,
    meeting: meetingOf(v),
  });
  const cleared = (b: ReturnType<typeof body>) => ({ ...b, plannedFor: b.plannedFor ?? null, filing: b.filing ?? null, meeting: b.meeting ?? null });
  const { form, submit, pending } = useCommandForm({
    report,
    initialValues: initial,
    schema: communication ? reviseCommunicationBody : planCommunicationBody,
    toBody: (v: CommunicationValues, base: CommunicationValues) =>
      communication ? changedFields(cleared(body(v)), cleared(body(base))) : body(v),
    valuesIn: communication && ((r: PostmortemDocument) => mapFound(r.communications.find((c) => c.id === communication.id), communicationValues)),
    labels: { stakeholderIds: 'To', plannedFor: 'Planned for' },
    show: (field: string, value: unknown) => (field === 'stakeholderIds' ? (value as string[]).map((id) => report.stakeholders.find((s) => s.id === id)?.name ?? id).join(', ') : String(value)),
    request: () =>
      communication
        ? { method: 'PATCH', path: `/postmortems/${report.id}/communications/${communication.id}` }
        : { method: 'POST', path: `/postmortems/${report.id}/communications` },
    action: communication ? 'revise the communication' : 'plan a communication',
    onDone: onClose,
  });
  return (
    <FormModal opened title={communication ? 'Edit communication' : 'Plan a communication'} onClose={onClose} onSubmit={submit} pending={pending} submitLabel={communication ? 'Save communication' : 'Plan'} formError={form.errors['form']}>
      <LinkChoices label="To" required choices={report.stakeholders.map((s) => ({ id: s.id, label: `${s.name} (${label(s.group)})` }))} {...form.getInputProps('stakeholderIds')} />
      <NativeSelect label="Channel" data={optionsOf(CHANNELS)} {...form.getInputProps('channel')} />
      {!communication && <DraftPicker reportId={report.id} onDraft={(text) => form.setFieldValue('summary', text)} />}
      <MarkdownField label="Summary" required autosize minRows={2} data-autofocus {...form.getInputProps('summary')} />
      <TextInput type="datetime-local" label="Planned for" {...form.getInputProps('plannedFor')} />
      {form.values.channel === 'internal_meeting' && (
        <Group grow>
          <TextInput label="Length (minutes)" inputMode="numeric" placeholder="60" {...form.getInputProps('durationMinutes')} />
          <TextInput label="Place" placeholder="Room or video link" {...form.getInputProps('location')} />
        </Group>
      )}
      {form.values.channel === 'regulatory_report' && filings.length > 0 && (
        <NativeSelect label="Files" description="The regulatory report this is" data={[{ value: '', label: 'No filing' }, ...filings]} {...form.getInputProps('filing')} />
      )}
    </FormModal>
  );
};

const SentForm = ({ report, communication, onClose }: { report: PostmortemDocument; communication: Communication; onClose: () => void }) => {
  const { form, submit, pending } = useCommandForm({
    report,
    initialValues: { sentAt: '' },
    schema: recordCommunicationSentBody,
    toBody: (v: { sentAt: string }) => ({ sentAt: optional(fromLocalInput(v.sentAt)) }),
    request: () => ({ method: 'POST', path: `/postmortems/${report.id}/communications/${communication.id}/sent` }),
    action: 'record the communication as sent',
    onDone: onClose,
  });
  return (
    <FormModal opened title="Record as sent" onClose={onClose} onSubmit={submit} pending={pending} submitLabel="Record as sent" formError={form.errors['form']}>
      <TextInput type="datetime-local" label="Sent at" description="Leave empty for now" data-autofocus {...form.getInputProps('sentAt')} />
    </FormModal>
  );
};

/** Who must hear about the incident (teams, customers, partners, regulators), and what they were told. */
export const CommunicationsSection = ({ report, editable, canReview = false }: { report: PostmortemDocument; editable: boolean; canReview?: boolean }) => {
  const [stakeholder, setStakeholder] = useState<Stakeholder | 'new' | null>(null);
  const [communication, setCommunication] = useState<{ item?: Communication; sent?: boolean; dispatch?: boolean; notes?: boolean } | null>(null);
  const names = (ids: string[]) => ids.map((id) => report.stakeholders.find((s) => s.id === id)?.name ?? id).join(', ');
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>Stakeholders</Title>
        {editable && <Button onClick={() => setStakeholder('new')}>Add stakeholder</Button>}
      </Group>
      {report.stakeholders.length === 0 ? (
        <Text c="dimmed">No stakeholders yet.</Text>
      ) : (
        <ScrollTable striped aria-label="Stakeholders">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Group</Table.Th>
              <Table.Th>Channel</Table.Th>
              <Table.Th>Reached at</Table.Th>
              {editable && <Table.Th>Actions</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.stakeholders.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{s.name}</Table.Td>
                <Table.Td>{label(s.group)}</Table.Td>
                <Table.Td>{label(s.channel)}</Table.Td>
                <Table.Td>{[s.email, s.webhook && `webhook ${s.webhook}`].filter(Boolean).join(', ') || '—'}</Table.Td>
                {editable && (
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button size="xs" variant="default" onClick={() => setStakeholder(s)} aria-label={`Edit stakeholder: ${s.name}`}>
                        Edit
                      </Button>
                      <RemoveButton report={report} path={`/postmortems/${report.id}/stakeholders/${s.id}`} what={`stakeholder: ${s.name}`} action="remove the stakeholder" />
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}

      <Group justify="space-between">
        <Title order={3}>Communications</Title>
        {editable && (
          <Button onClick={() => setCommunication({})} disabled={report.stakeholders.length === 0}>
            Plan communication
          </Button>
        )}
      </Group>
      {report.communications.length === 0 ? (
        <Text c="dimmed">No communications yet.</Text>
      ) : (
        <ScrollTable striped aria-label="Communications">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>To</Table.Th>
              <Table.Th>Channel</Table.Th>
              <Table.Th>Summary</Table.Th>
              <Table.Th>When</Table.Th>
              <Table.Th>Status</Table.Th>
              {(editable || canReview) && <Table.Th>Actions</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.communications.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{names(c.stakeholderIds)}</Table.Td>
                <Table.Td>{label(c.channel)}</Table.Td>
                <Table.Td>
                  {/* A long text (a meeting's agenda) shows its first lines here; all of it when edited or sent. */}
                  <Text size="sm" lineClamp={4} style={{ whiteSpace: 'pre-line' }} title={c.summary}>
                    {c.summary}
                  </Text>
                  {c.notes && (
                    <Text size="xs" c="dimmed" mt={4}>
                      Decided: {c.notes.decisions.join('; ') || 'nothing'}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{c.sentAt ? `Sent ${formatInstant(c.sentAt)}` : c.plannedFor ? `Planned ${formatInstant(c.plannedFor)}` : '—'}</Table.Td>
                <Table.Td>
                  <StatusBadge status={c.status} />
                  {c.deliveries && <DeliveryList deliveries={c.deliveries} />}
                </Table.Td>
                {(editable || canReview) && (
                  <Table.Td>
                    {c.status === 'planned' && <CommunicationActions report={report} communication={c} editable={editable} canReview={canReview} onOpen={setCommunication} />}
                    {editable && c.channel === 'internal_meeting' && (
                      <Button size="xs" variant="default" mt={4} onClick={() => setCommunication({ item: c, notes: true })} aria-label={`Meeting notes: ${c.summary}`}>
                        Notes
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
      <RegulatoryPanel report={report} editable={editable} />
      {stakeholder && <StakeholderForm report={report} stakeholder={stakeholder === 'new' ? undefined : stakeholder} onClose={() => setStakeholder(null)} />}
      {communication?.sent && communication.item && <SentForm report={report} communication={communication.item} onClose={() => setCommunication(null)} />}
      {communication?.notes && communication.item && <MeetingNotesForm report={report} meeting={communication.item} onClose={() => setCommunication(null)} />}
      {communication?.dispatch && communication.item && <DispatchForm report={report} communication={communication.item} onClose={() => setCommunication(null)} />}
      {communication && !communication.sent && !communication.dispatch && !communication.notes && <CommunicationForm report={report} communication={communication.item} onClose={() => setCommunication(null)} />}
    </Stack>
  );
};
