import { type PostmortemDocument, reviseIncidentFactsBody } from '@hindsight/contracts';
import { Alert, Button, Checkbox, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { fromLocalInput, toLocalInput } from '../../../lib/dates';
import { changedFields } from '../../../lib/forms';
import { reportDeadlinesQuery, useRegimes } from '../api/regulatory-queries';
import { useCommandForm } from '../api/use-command-form';
import { DeadlinesTable } from './deadlines-table';

const MOMENTS = [
  ['becameAwareAt', 'Became aware at', 'Detection, when left empty'],
  ['classifiedMajorAt', 'Classified as major at', 'DORA'],
  ['materialityDeterminedAt', 'Determined material at', 'SEC Form 8-K'],
] as const;

type Values = { regimes: string[] } & Record<(typeof MOMENTS)[number][0], string>;

const valuesOf = (report: PostmortemDocument): Values => ({
  regimes: report.facts.regimes ?? [],
  becameAwareAt: toLocalInput(report.facts.becameAwareAt),
  classifiedMajorAt: toLocalInput(report.facts.classifiedMajorAt),
  materialityDeterminedAt: toLocalInput(report.facts.materialityDeterminedAt),
});

const bodyOf = (v: Values) => ({
  regimes: v.regimes,
  becameAwareAt: fromLocalInput(v.becameAwareAt) || null,
  classifiedMajorAt: fromLocalInput(v.classifiedMajorAt) || null,
  materialityDeterminedAt: fromLocalInput(v.materialityDeterminedAt) || null,
});

/** Which regulators must hear of the incident, the moments their clocks start, and what is due when. */
export const RegulatoryPanel = ({ report, editable }: { report: PostmortemDocument; editable: boolean }) => {
  const regimes = useRegimes() ?? [];
  const deadlines = useQuery(reportDeadlinesQuery(report));
  const { form, submit, pending } = useCommandForm({
    report,
    initialValues: valuesOf(report),
    schema: reviseIncidentFactsBody,
    toBody: (values: Values, base: Values) => changedFields(bodyOf(values), bodyOf(base)),
    request: () => ({ method: 'PATCH', path: `/postmortems/${report.id}/facts` }),
    action: 'record the regulatory moments',
    valuesIn: valuesOf,
    labels: { regimes: 'Reported under' },
  });
  return (
    <Stack>
      <Title order={3}>Regulatory reporting</Title>
      <form onSubmit={submit} noValidate aria-label="Regulatory reporting">
        <Stack gap="sm">
          <Checkbox.Group label="Reported under" {...form.getInputProps('regimes')}>
            <Group mt={4}>
              {regimes.map((r) => (
                <Checkbox key={r.id} value={r.id} label={r.name} disabled={!editable} />
              ))}
            </Group>
          </Checkbox.Group>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {MOMENTS.map(([field, text, hint]) => (
              <TextInput key={field} type="datetime-local" label={text} description={hint} disabled={!editable} {...form.getInputProps(field)} />
            ))}
          </SimpleGrid>
          {form.errors['form'] && (
            <Alert color="red" role="alert">
              {form.errors['form']}
            </Alert>
          )}
          {editable && (
            <Group justify="flex-end">
              <Button type="submit" variant="default" loading={pending} disabled={!form.isDirty()}>
                Save
              </Button>
            </Group>
          )}
        </Stack>
      </form>
      {(deadlines.data?.regimes.length ?? 0) > 0 ? (
        <DeadlinesTable regimes={deadlines.data?.regimes ?? []} />
      ) : (
        <Text c="dimmed">Not reported under any regime.</Text>
      )}
    </Stack>
  );
};
