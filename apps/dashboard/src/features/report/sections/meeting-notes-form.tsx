import { type PostmortemDocument, recordMeetingNotesBody } from '@hindsight/contracts';
import type { Communication } from '@hindsight/domain';
import { Textarea } from '@mantine/core';
import { FormModal } from '../../../components/form-modal';
import { MarkdownField } from '../../../components/markdown-field';
import { useCommandForm } from '../api/use-command-form';

type Values = { notes: string; decisions: string };

/** What the review meeting noted, and what it decided, one decision a line. */
export const MeetingNotesForm = ({ report, meeting, onClose }: { report: PostmortemDocument; meeting: Communication; onClose: () => void }) => {
  const { form, submit, pending } = useCommandForm({
    report,
    initialValues: { notes: meeting.notes?.notes ?? '', decisions: (meeting.notes?.decisions ?? []).join('\n') },
    schema: recordMeetingNotesBody,
    toBody: (v: Values) => ({ notes: v.notes, decisions: v.decisions.split('\n').map((d) => d.trim()).filter(Boolean) }),
    request: () => ({ method: 'POST', path: `/postmortems/${report.id}/communications/${meeting.id}/notes` }),
    action: 'record the meeting notes',
    onDone: onClose,
  });
  return (
    <FormModal opened title="Meeting notes" onClose={onClose} onSubmit={submit} pending={pending} submitLabel="Save notes" formError={form.errors['form']}>
      <MarkdownField label="Notes" required autosize minRows={3} data-autofocus {...form.getInputProps('notes')} />
      <Textarea label="Decisions" description="One a line" autosize minRows={2} {...form.getInputProps('decisions')} />
    </FormModal>
  );
};
