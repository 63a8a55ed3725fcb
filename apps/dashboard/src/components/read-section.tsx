import { Stack, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

/** One section of a report as people read it: a heading and what is under it. */
export const ReadSection = ({ title, children }: { title: string; children: ReactNode }) => {
  const id = useId();
  return (
    <Stack component="section" aria-labelledby={id} gap="xs" className="read-section">
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
};
