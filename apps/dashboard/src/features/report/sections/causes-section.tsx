import { identifyCauseBody, type PostmortemDocument, reviseCauseBody } from '@hindsight/contracts';
import { type Cause, CAUSE_LEVELS, type CauseLevel, categoriesOn, type Taxonomy } from '@hindsight/domain';
import { Badge, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal';
import { changedFields } from '../../../lib/forms';
import { label, optionsOf } from '../../../lib/labels';
import { useTaxonomy } from '../api/get-taxonomy';
import { useCommandForm } from '../api/use-command-form';
import { LinkChoices } from '../components/link-choices';
import { ReasonButton } from '../components/reason-button';
import { mapFound, titlesIn } from '../conflicts/shown-values';
import { MarkdownField } from '../../../components/markdown-field';

export const LEVEL_TITLES: Record<CauseLevel, string> = {
  causal_factor: 'Causal factors',
  contributing_cause: 'Contributing causes',
  systemic_issue: 'Systemic issues',
};

interface CauseValues extends Record<string, unknown> {
  level: string;
  category: string;
  description: string;
  evidenceIds: string[];
  timelineEntryIds: string[];
}

interface CauseFormProps {
  report: PostmortemDocument;
  taxonomy: Taxonomy;
  cause?: Cause;
  level: CauseLevel;
  onClose: () => void;
}

const causeValues = ({ level, category, description, evidenceIds, timelineEntryIds }: Cause): CauseValues => ({ level, category, description, evidenceIds, timelineEntryIds });

const CauseForm = ({ report, taxonomy, cause, level, onClose }: CauseFormProps) => {
  const initial: CauseValues = cause
    ? causeValues(cause)
    : { level, category: categoriesOn(taxonomy, level)[0] ?? '', description: '', evidenceIds: [], timelineEntryIds: [] };
  const { form, submit, pending } = useCommandForm({
    report,
    initialValues: initial,
    schema: cause ? reviseCauseBody : identifyCauseBody,
    toBody: (v: CauseValues, base: CauseValues) => (cause ? changedFields(v, base) : v),
    valuesIn: cause && ((r: PostmortemDocument) => mapFound(r.causes.find((c) => c.id === cause.id), causeValues)),
    labels: { evidenceIds: 'Evidence', timelineEntryIds: 'Timeline entries' },
    show: titlesIn(report),
    request: () => (cause ? { method: 'PATCH', path: `/postmortems/${report.id}/causes/${cause.id}` } : { method: 'POST', path: `/postmortems/${report.id}/causes` }),
    action: cause ? 'revise the cause' : 'identify a cause',
    onDone: onClose,
  });
  const levelInput = form.getInputProps('level');
  const offered = categoriesOn(taxonomy, form.values.level as CauseLevel);
  // A cause recorded under an earlier taxonomy keeps showing its category until someone changes it.
  const categories = cause && form.values.level === cause.level && !offered.includes(cause.category) ? [cause.category, ...offered] : offered;
  return (
    <FormModal opened title={cause ? 'Edit cause' : 'Identify a cause'} onClose={onClose} onSubmit={submit} pending={pending} submitLabel={cause ? 'Save cause' : 'Add cause'} formError={form.errors['form']}>
      <NativeSelect
        label="Level"
        data={CAUSE_LEVELS.map((l) => ({ value: l, label: LEVEL_TITLES[l] }))}
        {...levelInput}
        onChange={(event) => {
          const next = event.currentTarget.value as CauseLevel;
          form.setFieldValue('level', next);
          // Keep the category one the taxonomy allows on the new level.
          const allowed = categoriesOn(taxonomy, next);
          if (!allowed.includes(form.values.category)) form.setFieldValue('category', allowed[0] ?? '');
        }}
      />
      <NativeSelect label="Category" data={optionsOf(categories)} {...form.getInputProps('category')} />
      <MarkdownField label="Description" required autosize minRows={2} data-autofocus {...form.getInputProps('description')} />
      <LinkChoices label="Evidence" choices={report.evidence.map((e) => ({ id: e.id, label: e.title }))} {...form.getInputProps('evidenceIds')} />
      <LinkChoices label="Timeline entries" choices={report.timeline.map((t) => ({ id: t.id, label: t.description }))} {...form.getInputProps('timelineEntryIds')} />
    </FormModal>
  );
};

/** Causes in three levels: the causal factors, what contributed, and the systemic issues beneath. */
export const CausesSection = ({ report, editable }: { report: PostmortemDocument; editable: boolean }) => {
  const [editing, setEditing] = useState<{ cause?: Cause; level: CauseLevel } | null>(null);
  const taxonomy = useTaxonomy();
  const titleOf = (list: { id: string; title?: string; description?: string }[], id: string) => {
    const found = list.find((x) => x.id === id);
    return found?.title ?? found?.description ?? id;
  };
  return (
    <Stack>
      <Title order={3}>Causes</Title>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        {CAUSE_LEVELS.map((level) => {
          const causes = report.causes.filter((c) => c.level === level);
          return (
            <Card key={level} withBorder component="section" aria-label={LEVEL_TITLES[level]}>
              <Group justify="space-between" mb="sm">
                <Title order={4}>{LEVEL_TITLES[level]}</Title>
                {editable && (
                  <Button size="xs" onClick={() => setEditing({ level })} aria-label={`Add ${LEVEL_TITLES[level].toLowerCase()}`}>
                    Add
                  </Button>
                )}
              </Group>
              <Stack gap="sm">
                {causes.length === 0 && <Text c="dimmed">None.</Text>}
                {causes.map((c) => (
                  <Stack key={c.id} gap={4}>
                    <Badge variant="outline" color="gray.8">
                      {label(c.category)}
                    </Badge>
                    <Text>{c.description}</Text>
                    {c.evidenceIds.length + c.timelineEntryIds.length > 0 && (
                      <Text size="sm" c="dimmed">
                        Linked: {[...c.evidenceIds.map((id) => titleOf(report.evidence, id)), ...c.timelineEntryIds.map((id) => titleOf(report.timeline, id))].join('; ')}
                      </Text>
                    )}
                    {editable && (
                      <Group gap="xs">
                        <Button size="xs" variant="default" onClick={() => setEditing({ cause: c, level })} aria-label={`Edit cause: ${c.description}`}>
                          Edit
                        </Button>
                        <ReasonButton report={report} path={`/postmortems/${report.id}/causes/${c.id}/retract`} action="retract the cause" aria-label={`Retract cause: ${c.description}`}>
                          Retract
                        </ReasonButton>
                      </Group>
                    )}
                  </Stack>
                ))}
              </Stack>
            </Card>
          );
        })}
      </SimpleGrid>
      {editing && taxonomy && <CauseForm report={report} taxonomy={taxonomy} cause={editing.cause} level={editing.level} onClose={() => setEditing(null)} />}
    </Stack>
  );
};
