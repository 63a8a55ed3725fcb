import { type PostmortemDocument, reasonBody } from '@hindsight/contracts';
import { Button, type ButtonProps, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { z } from 'zod';
import { FormModal } from '../../../components/form-modal';
import { useCommandForm } from '../api/use-command-form';

interface Props extends Pick<ButtonProps, 'variant' | 'color' | 'size'> {
  report: PostmortemDocument;
  /** The button's text, and the dialog's title. */
  children: string;
  path: string;
  action: string;
  /** Defaults to `{ reason }`; approving and publishing have their own schemas. */
  schema?: z.ZodType;
  'aria-label'?: string;
}

const ReasonForm = ({ report, title, path, action, schema, onClose }: { report: PostmortemDocument; title: string; path: string; action: string; schema: z.ZodType; onClose: () => void }) => {
  const { form, submit, pending } = useCommandForm({
    report,
    initialValues: { reason: '' },
    schema,
    toBody: (v: { reason: string }) => v,
    request: () => ({ method: 'POST', path }),
    action,
    onDone: onClose,
  });
  return (
    <FormModal opened title={title} onClose={onClose} onSubmit={submit} pending={pending} submitLabel={title} formError={form.errors['form']}>
      <Textarea label="Reason" description="Recorded with the change, for the audit trail" required autosize minRows={2} data-autofocus {...form.getInputProps('reason')} />
    </FormModal>
  );
};

/** A command that must say why (retract, decline, cancel, approve, request changes, reopen). */
export const ReasonButton = ({ report, children, path, action, schema = reasonBody, variant = 'default', color, size = 'xs', 'aria-label': ariaLabel }: Props) => {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant={variant} color={color} size={size} onClick={() => setOpen(true)} aria-label={ariaLabel}>
        {children}
      </Button>
      {open && <ReasonForm report={report} title={children} path={path} action={action} schema={schema} onClose={() => setOpen(false)} />}
    </>
  );
};
