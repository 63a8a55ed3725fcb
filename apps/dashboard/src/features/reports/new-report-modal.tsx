import { type CommandAccepted, draftPostmortemBody } from '@hindsight/contracts';
import { SEVERITIES } from '@hindsight/domain';
import { NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { FormModal } from '../../components/form-modal';
import { sendCommand } from '../../lib/api-client';
import { fromLocalInput } from '../../lib/dates';
import { list, optional, serverFieldErrors, validateBy } from '../../lib/forms';
import { NamePicker } from '../../components/name-picker';

const initialValues = {
  title: '',
  severity: 'SEV2',
  services: '',
  team: '',
  occurredAt: '',
  detectedAt: '',
  mitigatedAt: '',
  resolvedAt: '',
  customerImpact: '',
  summary: '',
};
type Values = typeof initialValues;

const bodyOf = (v: Values) => ({
  title: v.title,
  severity: v.severity,
  services: list(v.services),
  team: v.team,
  occurredAt: fromLocalInput(v.occurredAt),
  detectedAt: optional(fromLocalInput(v.detectedAt)),
  mitigatedAt: optional(fromLocalInput(v.mitigatedAt)),
  resolvedAt: optional(fromLocalInput(v.resolvedAt)),
  customerImpact: v.customerImpact,
  summary: v.summary,
});

/** Drafts a report from the incident's facts and opens it. */
export const NewReportModal = ({ onClose, team }: { onClose: () => void; team?: string }) => {
  const navigate = useNavigate();
  const form = useForm<Values>({ mode: 'controlled', initialValues: { ...initialValues, team: team ?? '' }, validate: validateBy(draftPostmortemBody, bodyOf) });
  const draft = useMutation<CommandAccepted, Error, Values>({ mutationFn: (values) => sendCommand({ method: 'POST', path: '/postmortems', body: bodyOf(values) }) });
  const submit = form.onSubmit(async (values) => {
    try {
      const { id } = await draft.mutateAsync(values);
      onClose();
      void navigate(`/reports/${id}/edit`);
    } catch (error) {
      form.setErrors(serverFieldErrors(error, values) ?? { form: error instanceof Error ? error.message : String(error) });
    }
  });
  return (
    <FormModal opened title="Draft a postmortem" onClose={onClose} onSubmit={submit} pending={draft.isPending} submitLabel="Create draft" formError={form.errors['form']}>
      <TextInput label="Title" required data-autofocus {...form.getInputProps('title')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NativeSelect label="Severity" data={[...SEVERITIES]} {...form.getInputProps('severity')} />
        <NamePicker kind="service" multiple label="Services" description="Comma-separated" required {...form.getInputProps('services')} />
        <NamePicker kind="team" label="Team" required {...form.getInputProps('team')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput type="datetime-local" label="Occurred at" required {...form.getInputProps('occurredAt')} />
        <TextInput type="datetime-local" label="Detected at" {...form.getInputProps('detectedAt')} />
        <TextInput type="datetime-local" label="Mitigated at" {...form.getInputProps('mitigatedAt')} />
        <TextInput type="datetime-local" label="Resolved at" {...form.getInputProps('resolvedAt')} />
      </SimpleGrid>
      <Textarea label="Customer impact" autosize minRows={2} {...form.getInputProps('customerImpact')} />
      <Textarea label="Summary" autosize minRows={2} {...form.getInputProps('summary')} />
    </FormModal>
  );
};
