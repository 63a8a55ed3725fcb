import { addStakeholderBody, type PostmortemDocument, reviseStakeholderBody, type StakeholderDirectory } from '@hindsight/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { CHANNELS, type Stakeholder, STAKEHOLDER_GROUPS } from '@hindsight/domain';
import { NativeSelect, TextInput } from '@mantine/core';
import { FormModal } from '../../../components/form-modal';
import { changedFields, optional } from '../../../lib/forms';
import { label, optionsOf } from '../../../lib/labels';
import { useCommandForm } from '../api/use-command-form';
import { mapFound } from '../conflicts/shown-values';

type StakeholderValues = { name: string; group: string; channel: string; email: string; webhook: string };

const valuesOf = (s?: Stakeholder): StakeholderValues => ({
  name: s?.name ?? '',
  group: s?.group ?? 'internal',
  channel: s?.channel ?? 'email',
  email: s?.email ?? '',
  webhook: s?.webhook ?? '',
});

/** An emptied address is cleared (null) in a revision, left out of a new stakeholder. */
const withAddresses = (v: StakeholderValues, clear: null | undefined) => ({ ...v, email: optional(v.email) ?? clear, webhook: optional(v.webhook) ?? clear });

/** Who a stakeholder is, and where dispatched communications reach them. */
export const StakeholderForm = ({ report, stakeholder, onClose }: { report: PostmortemDocument; stakeholder?: Stakeholder; onClose: () => void }) => {
  const directory = useQuery({ queryKey: ['stakeholder-directory'], queryFn: () => api<StakeholderDirectory>('/stakeholder-directory'), staleTime: Infinity }).data?.stakeholders ?? [];
  const { form, submit, pending } = useCommandForm({
    report,
    initialValues: valuesOf(stakeholder),
    schema: stakeholder ? reviseStakeholderBody : addStakeholderBody,
    toBody: (v: StakeholderValues, base: StakeholderValues) => (stakeholder ? changedFields(withAddresses(v, null), withAddresses(base, null)) : withAddresses(v, undefined)),
    valuesIn: stakeholder && ((r: PostmortemDocument) => mapFound(r.stakeholders.find((s) => s.id === stakeholder.id), valuesOf)),
    labels: { channel: 'Preferred channel', webhook: 'Webhook endpoint' },
    request: () =>
      stakeholder ? { method: 'PATCH', path: `/postmortems/${report.id}/stakeholders/${stakeholder.id}` } : { method: 'POST', path: `/postmortems/${report.id}/stakeholders` },
    action: stakeholder ? 'revise the stakeholder' : 'add a stakeholder',
    onDone: onClose,
  });
  return (
    <FormModal opened title={stakeholder ? 'Edit stakeholder' : 'Add a stakeholder'} onClose={onClose} onSubmit={submit} pending={pending} submitLabel={stakeholder ? 'Save stakeholder' : 'Add stakeholder'} formError={form.errors['form']}>
      {!stakeholder && directory.length > 0 && (
        <NativeSelect
          label="From the directory"
          description="The organisation's stakeholders, with their channel and addresses"
          data={[{ value: '', label: 'Someone else' }, ...directory.map((s, i) => ({ value: String(i), label: `${s.name} (${label(s.group)})` }))]}
          onChange={(e) => {
            const picked = directory[Number(e.currentTarget.value)];
            if (e.currentTarget.value !== '' && picked) form.setValues({ ...valuesOf(), ...picked, email: picked.email ?? '', webhook: picked.webhook ?? '' });
          }}
        />
      )}
      <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
      <NativeSelect label="Group" data={optionsOf(STAKEHOLDER_GROUPS)} {...form.getInputProps('group')} />
      <NativeSelect label="Preferred channel" data={optionsOf(CHANNELS)} {...form.getInputProps('channel')} />
      <TextInput type="email" label="Email" description="Where sent communications reach them by mail" {...form.getInputProps('email')} />
      <TextInput label="Webhook endpoint" description="The name of an endpoint your administrator configured, e.g. ops-slack" {...form.getInputProps('webhook')} />
    </FormModal>
  );
};
