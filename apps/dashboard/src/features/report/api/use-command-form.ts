import type { PostmortemDocument } from '@hindsight/contracts';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { z } from 'zod';
import type { CommandRequest } from '../../../lib/api-client';
import { serverFieldErrors, validateBy } from '../../../lib/forms';
import { useReportCommand } from './use-report-command';

interface Options<Values extends Record<string, unknown>> {
  report: PostmortemDocument;
  initialValues: Values;
  /** The request schema the API validates this command with. */
  schema: z.ZodType;
  toBody: (values: Values) => unknown;
  request: (body: unknown) => Omit<CommandRequest, 'basedOn' | 'body'>;
  action: string;
  onDone?: () => void;
}

/**
 * A form that sends one command: validated with the API's own schema, based on the revision the
 * report had when the form opened, with the server's field errors shown next to the fields.
 */
export const useCommandForm = <Values extends Record<string, unknown>>({ report, initialValues, schema, toBody, request, action, onDone }: Options<Values>) => {
  const [basedOn, setBasedOn] = useState(report.revision);
  const command = useReportCommand(report.id);
  const form = useForm<Values>({ mode: 'controlled', initialValues, validate: validateBy(schema, toBody) });
  const submit = form.onSubmit(async (values) => {
    const body = toBody(values);
    try {
      await command.mutateAsync({ ...request(body), body, basedOn, action });
      onDone?.();
    } catch (error) {
      const errors = serverFieldErrors(error, values);
      if (errors) form.setErrors(errors);
    }
  });
  /** Base the next edit on this revision: the form was refreshed with the report as it stands there. */
  const rebase = (revision: number) => setBasedOn(revision);
  return { form, submit, pending: command.isPending, rebase };
};
