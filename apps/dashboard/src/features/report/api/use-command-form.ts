import type { PostmortemDocument } from '@hindsight/contracts';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { CommandRequest } from '../../../lib/api-client';
import { serverFieldErrors, validateBy } from '../../../lib/forms';
import { fieldLabel } from '../../../lib/field-labels';
import type { FormValues } from '../../../lib/three-way-merge';
import { ChangeDiscarded, useReportCommand } from './use-report-command';

interface Options<Values extends FormValues> {
  report: PostmortemDocument;
  initialValues: Values;
  /** The request schema the API validates this command with. */
  schema: z.ZodType;
  /** The command body from the values, and the values the edit started from (to send only what changed). */
  toBody: (values: Values, base: Values) => unknown;
  request: (body: unknown) => Omit<CommandRequest, 'basedOn' | 'body'>;
  action: string;
  onDone?: () => void;
  /**
   * For a form that revises something: its values as they stand in a report (undefined when
   * it is gone). The form follows new revisions while untouched, and a conflict is merged
   * field by field.
   */
  valuesIn?: (report: PostmortemDocument) => Values | undefined;
  /** The fields' labels as the form shows them, for the merge. */
  labels?: Partial<Record<keyof Values, string>>;
  /** A value as the user reads it in the merge (ids as titles, say). */
  show?: (field: string, value: unknown) => string;
}

const plainly = (_field: string, value: unknown) => (Array.isArray(value) ? value.join(', ') : String(value ?? ''));

/**
 * A form that sends one command: validated with the API's own schema, based on the revision the
 * report had when the form opened, with the server's field errors shown next to the fields.
 * When the user discards their edit in a conflict, the form shows the report as it now stands:
 * no discarded text stays behind for a later save to write.
 */
export const useCommandForm = <Values extends FormValues>(options: Options<Values>) => {
  const { report, initialValues, schema, toBody, request, action, onDone, valuesIn, labels = {}, show = plainly } = options;
  const [basedOn, setBasedOn] = useState(report.revision);
  const [base, setBase] = useState(initialValues);
  const command = useReportCommand(report.id);
  const form = useForm<Values>({ mode: 'controlled', initialValues, validate: validateBy(schema, (values: Values) => toBody(values, base)) });
  const adopt = (values: Values, revision: number) => {
    setBase(values);
    form.setInitialValues(values);
    form.setValues(values);
    setBasedOn(revision);
  };
  // Edits by others (or this user's saved edit) arrive as a new revision: show them unless the user is typing.
  useEffect(() => {
    const next = valuesIn?.(report);
    if (next && !form.isDirty()) adopt(next, report.revision);
    // Only a new revision refreshes the form.
  }, [report.revision]);
  const merge = valuesIn && {
    base,
    valuesIn,
    toBody: toBody as (values: FormValues, base: FormValues) => unknown,
    label: (field: string) => (labels as Record<string, string>)[field] ?? fieldLabel(field),
    show,
  };
  const submit = form.onSubmit(async (values) => {
    const body = toBody(values, base);
    try {
      await command.mutateAsync({ ...request(body), body, basedOn, action, merge: merge && { ...merge, mine: values } });
      form.resetDirty();
      onDone?.();
    } catch (error) {
      if (error instanceof ChangeDiscarded) return error.latest ? adopt(error.latest.values as Values, error.latest.revision) : form.setValues(base);
      const errors = serverFieldErrors(error, values);
      if (errors) form.setErrors(errors);
    }
  });
  return { form, submit, pending: command.isPending };
};
