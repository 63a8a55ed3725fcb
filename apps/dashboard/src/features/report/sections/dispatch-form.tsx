import { dispatchCommunicationBody, type PostmortemDocument } from '@hindsight/contracts';
import type { Communication } from '@hindsight/domain';
import { List, Text, TextInput } from '@mantine/core';
import { FormModal } from '../../../components/form-modal';
import { MarkdownField } from '../../../components/markdown-field';
import { useCommandForm } from '../api/use-command-form';

/** The addresses a dispatch reaches: each stakeholder's email and webhook, as the server will compute them. */
export const addressesOf = (report: PostmortemDocument, communication: Communication): string[] =>
  communication.stakeholderIds.flatMap((id) => {
    const s = report.stakeholders.find((candidate) => candidate.id === id);
    return s ? [...(s.email ? [`${s.name}: ${s.email}`] : []), ...(s.webhook ? [`${s.name}: webhook ${s.webhook}`] : [])] : [];
  });

/** Sends a planned communication through the outbox, once its subject and text are as they should go out. */
export const DispatchForm = ({ report, communication, onClose }: { report: PostmortemDocument; communication: Communication; onClose: () => void }) => {
  const initial = { subject: report.facts.title, body: communication.summary };
  const { form, submit, pending } = useCommandForm({
    report,
    initialValues: initial,
    schema: dispatchCommunicationBody,
    toBody: (v: typeof initial) => v,
    request: () => ({ method: 'POST', path: `/postmortems/${report.id}/communications/${communication.id}/dispatch` }),
    action: 'send the communication',
    onDone: onClose,
  });
  return (
    <FormModal opened title="Send communication" onClose={onClose} onSubmit={submit} pending={pending} submitLabel="Send" formError={form.errors['form']}>
      <Text size="sm">It goes to:</Text>
      <List size="sm">
        {addressesOf(report, communication).map((address) => (
          <List.Item key={address}>{address}</List.Item>
        ))}
      </List>
      <TextInput label="Subject" required data-autofocus {...form.getInputProps('subject')} />
      <MarkdownField label="Message" required autosize minRows={4} {...form.getInputProps('body')} />
      {communication.channel === 'internal_meeting' && communication.plannedFor && (
        <Text size="sm">Each attendee&apos;s mail carries the meeting&apos;s calendar invitation.</Text>
      )}
      <Text size="xs" c="dimmed">
        What is sent is recorded exactly as it went out, with each delivery&apos;s outcome.
      </Text>
    </FormModal>
  );
};
