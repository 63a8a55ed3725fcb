import { type PostmortemDocument, recordLessonBody, reviseLessonBody } from '@hindsight/contracts';
import { type Lesson, LESSON_KINDS } from '@hindsight/domain';
import { Button, Group, List, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal';
import { changedFields } from '../../../lib/forms';
import { label, optionsOf } from '../../../lib/labels';
import { useCommandForm } from '../api/use-command-form';
import { mapFound } from '../conflicts/shown-values';
import { RemoveButton } from '../components/remove-button';
import { MarkdownField } from '../../../components/markdown-field';

const LessonForm = ({ report, lesson, onClose }: { report: PostmortemDocument; lesson?: Lesson; onClose: () => void }) => {
  const initial = { kind: lesson?.kind ?? 'went_well', text: lesson?.text ?? '' };
  const { form, submit, pending } = useCommandForm({
    report,
    initialValues: initial,
    schema: lesson ? reviseLessonBody : recordLessonBody,
    toBody: (v: typeof initial, base: typeof initial) => (lesson ? changedFields(v, base) : v),
    valuesIn: lesson && ((r: PostmortemDocument) => mapFound(r.lessons.find((l) => l.id === lesson.id), ({ kind, text }) => ({ kind, text }))),
    labels: { text: 'Lesson' },
    request: () => (lesson ? { method: 'PATCH', path: `/postmortems/${report.id}/lessons/${lesson.id}` } : { method: 'POST', path: `/postmortems/${report.id}/lessons` }),
    action: lesson ? 'revise the lesson' : 'record a lesson',
    onDone: onClose,
  });
  return (
    <FormModal opened title={lesson ? 'Edit lesson' : 'Record a lesson'} onClose={onClose} onSubmit={submit} pending={pending} submitLabel={lesson ? 'Save lesson' : 'Record'} formError={form.errors['form']}>
      <NativeSelect label="Kind" data={optionsOf(LESSON_KINDS)} {...form.getInputProps('kind')} />
      <MarkdownField label="Lesson" required autosize minRows={2} data-autofocus {...form.getInputProps('text')} />
    </FormModal>
  );
};

/** What went well, what went wrong, and where the team got lucky. */
export const LessonsSection = ({ report, editable }: { report: PostmortemDocument; editable: boolean }) => {
  const [editing, setEditing] = useState<Lesson | 'new' | null>(null);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>Lessons</Title>
        {editable && <Button onClick={() => setEditing('new')}>Record lesson</Button>}
      </Group>
      {report.lessons.length === 0 && <Text c="dimmed">No lessons yet.</Text>}
      {LESSON_KINDS.map((kind) => {
        const lessons = report.lessons.filter((l) => l.kind === kind);
        return lessons.length === 0 ? null : (
          <Stack key={kind} gap={4}>
            <Title order={4}>{label(kind)}</Title>
            <List>
              {lessons.map((l) => (
                <List.Item key={l.id}>
                  <Group gap="xs">
                    <Text>{l.text}</Text>
                    {editable && (
                      <>
                        <Button size="xs" variant="default" onClick={() => setEditing(l)} aria-label={`Edit lesson: ${l.text}`}>
                          Edit
                        </Button>
                        <RemoveButton report={report} path={`/postmortems/${report.id}/lessons/${l.id}`} what={`lesson: ${l.text}`} action="remove the lesson" />
                      </>
                    )}
                  </Group>
                </List.Item>
              ))}
            </List>
          </Stack>
        );
      })}
      {editing && <LessonForm report={report} lesson={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
};
