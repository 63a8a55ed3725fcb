import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';

interface Props {
  title: string;
  opened: boolean;
  onClose: () => void;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  submitLabel: string;
  pending: boolean;
  /** An error that belongs to no single field (e.g. "must change at least one field"). */
  formError?: ReactNode;
  children: ReactNode;
}

/** A dialog holding one command's form: fields, a form-level error, cancel and submit. */
export const FormModal = ({ title, opened, onClose, onSubmit, submitLabel, pending, formError, children }: Props) => (
  // No opening animation: the focus trap takes over at once, so typing straight away lands in the form.
  <Modal opened={opened} onClose={onClose} title={title} size="lg" transitionProps={{ duration: 0 }}>
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {children}
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  </Modal>
);
