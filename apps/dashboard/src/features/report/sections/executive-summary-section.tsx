import { type PostmortemDocument, writeExecutiveSummaryBody } from '@hindsight/contracts';
import { Button, Group, Stack } from '@mantine/core';
import { MarkdownField } from '../../../components/markdown-field';
import { useCommandForm } from '../api/use-command-form';

const valuesOf = (report: PostmortemDocument) => ({ text: report.executiveSummary ?? '' });

/** The few paragraphs at the top of the report, for readers who read nothing else. */
export const ExecutiveSummarySection = ({ report, editable }: { report: PostmortemDocument; editable: boolean }) => {
  const { form, submit, pending } = useCommandForm({
    report,
    initialValues: valuesOf(report),
    schema: writeExecutiveSummaryBody,
    toBody: (values: { text: string }) => values,
    request: () => ({ method: 'PUT', path: `/postmortems/${report.id}/executive-summary` }),
    action: 'write the executive summary',
    valuesIn: valuesOf,
    labels: { text: 'Executive summary' },
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Executive summary">
      <Stack gap="xs">
        <MarkdownField label="Executive summary" description="What happened, why, and what changes, for readers who read nothing else" minRows={3} disabled={!editable} {...form.getInputProps('text')} />
        {editable && (
          <Group justify="flex-end">
            <Button type="submit" loading={pending} disabled={!form.isDirty()}>
              Save summary
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
};
