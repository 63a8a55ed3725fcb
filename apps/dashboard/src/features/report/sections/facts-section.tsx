import { type PostmortemDocument, reviseIncidentFactsBody } from '@hindsight/contracts';
import { DETECTION_METHODS, SEVERITIES } from '@hindsight/domain';
import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { fromLocalInput, toLocalInput } from '../../../lib/dates';
import { label } from '../../../lib/labels';
import { changedFields, list } from '../../../lib/forms';
import { useCommandForm } from '../api/use-command-form';
import { MarkdownField } from '../../../components/markdown-field';
import { NamePicker } from '../../../components/name-picker';

const TIMES = [
  ['occurredAt', 'Occurred at'],
  ['detectedAt', 'Detected at'],
  ['classifiedAt', 'Classified at'],
  ['mitigatedAt', 'Mitigated at'],
  ['resolvedAt', 'Resolved at'],
] as const;

const MEASURES = [
  ['usersAffected', 'Users affected'],
  ['requestsFailed', 'Requests failed'],
  ['errorBudgetBurnedPercent', 'Error budget burned (%)'],
] as const;

/** The form's own fields; every other one reads as the report's field does (lib/field-labels). */
const FACT_LABELS: Record<string, string> = {
  referenceId: 'Incident number',
  referenceUrl: 'Incident link',
};

type FactValues = Record<
  | 'title' | 'severity' | 'services' | 'team' | 'customerImpact' | 'summary' | 'detectionMethod' | 'referenceId' | 'referenceUrl'
  | (typeof TIMES)[number][0] | (typeof MEASURES)[number][0],
  string
>;

const text = (value: number | undefined) => (value === undefined ? '' : String(value));

/** The measures typed in, as numbers; none typed: no impact (clear it). */
const impactOf = (v: FactValues) => {
  const given = MEASURES.filter(([field]) => v[field].trim() !== '').map(([field]) => [field, Number(v[field])]);
  return given.length > 0 ? Object.fromEntries(given) : null;
};

const valuesOf = (report: PostmortemDocument): FactValues => {
  const f = report.facts;
  return {
    title: f.title,
    severity: f.severity,
    services: f.services.join(', '),
    team: f.team,
    customerImpact: f.customerImpact,
    summary: f.summary,
    detectionMethod: f.detectionMethod ?? '',
    referenceId: f.externalReference?.id ?? '',
    referenceUrl: f.externalReference?.url ?? '',
    usersAffected: text(f.impact?.usersAffected),
    requestsFailed: text(f.impact?.requestsFailed),
    errorBudgetBurnedPercent: text(f.impact?.errorBudgetBurnedPercent),
    occurredAt: toLocalInput(f.occurredAt),
    detectedAt: toLocalInput(f.detectedAt),
    classifiedAt: toLocalInput(f.classifiedAt),
    mitigatedAt: toLocalInput(f.mitigatedAt),
    resolvedAt: toLocalInput(f.resolvedAt),
  };
};

/** The whole facts body; an emptied optional time becomes null (clear it). */
const bodyOf = (v: FactValues) => ({
  title: v.title,
  severity: v.severity,
  services: list(v.services),
  team: v.team,
  customerImpact: v.customerImpact,
  summary: v.summary,
  detectionMethod: v.detectionMethod || null,
  externalReference: v.referenceId.trim() ? { id: v.referenceId, ...(v.referenceUrl.trim() ? { url: v.referenceUrl } : {}) } : null,
  impact: impactOf(v),
  occurredAt: fromLocalInput(v.occurredAt),
  detectedAt: fromLocalInput(v.detectedAt) || null,
  classifiedAt: fromLocalInput(v.classifiedAt) || null,
  mitigatedAt: fromLocalInput(v.mitigatedAt) || null,
  resolvedAt: fromLocalInput(v.resolvedAt) || null,
});

/** Incident facts: what happened, how bad, where, and when it was detected, mitigated, resolved. */
export const FactsSection = ({ report, editable }: { report: PostmortemDocument; editable: boolean }) => {
  const { form, submit, pending } = useCommandForm({
    report,
    initialValues: valuesOf(report),
    schema: reviseIncidentFactsBody,
    // A revision sends only what the user changed from the values the edit started from.
    toBody: (values: FactValues, base: FactValues) => changedFields(bodyOf(values), bodyOf(base)),
    request: () => ({ method: 'PATCH', path: `/postmortems/${report.id}/facts` }),
    action: 'revise the incident facts',
    valuesIn: valuesOf,
    labels: FACT_LABELS,
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Incident facts">
      <Stack>
        <TextInput label="Title" required disabled={!editable} {...form.getInputProps('title')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect label="Severity" data={[...SEVERITIES]} disabled={!editable} {...form.getInputProps('severity')} />
          <NamePicker kind="service" multiple label="Services" description="Comma-separated" disabled={!editable} {...form.getInputProps('services')} />
          <NamePicker kind="team" label="Team" disabled={!editable} {...form.getInputProps('team')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3, lg: 5 }}>
          {TIMES.map(([field, text]) => (
            <TextInput key={field} type="datetime-local" label={text} disabled={!editable} {...form.getInputProps(field)} />
          ))}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label="Detected by"
            data={[{ value: '', label: 'Not recorded' }, ...DETECTION_METHODS.map((m) => ({ value: m, label: label(m) }))]}
            disabled={!editable}
            {...form.getInputProps('detectionMethod')}
          />
          <TextInput label="Incident number" description="In the paging or ticketing system" disabled={!editable} {...form.getInputProps('referenceId')} />
          <TextInput label="Incident link" type="url" disabled={!editable} {...form.getInputProps('referenceUrl')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {MEASURES.map(([field, name]) => (
            <TextInput key={field} label={name} inputMode="decimal" disabled={!editable} {...form.getInputProps(field)} />
          ))}
        </SimpleGrid>
        <MarkdownField label="Customer impact" autosize minRows={2} disabled={!editable} {...form.getInputProps('customerImpact')} />
        <MarkdownField label="Summary" autosize minRows={3} disabled={!editable} {...form.getInputProps('summary')} />
        {form.errors['form'] && (
          <Alert color="red" role="alert">
            {form.errors['form']}
          </Alert>
        )}
        {editable && (
          <Group justify="flex-end">
            <Button variant="default" onClick={() => form.reset()} disabled={!form.isDirty()}>
              Reset
            </Button>
            <Button type="submit" loading={pending} disabled={!form.isDirty()}>
              Save facts
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
};
