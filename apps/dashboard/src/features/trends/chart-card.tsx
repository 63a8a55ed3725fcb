import { Button, Card, Group, Title } from '@mantine/core';
import Papa from 'papaparse';
import type { ReactNode } from 'react';
import { saveBlob } from '../../lib/api-client';

/** A chart with its title and a button that downloads exactly the rows it draws, as CSV. */
export const ChartCard = ({ title, rows, file, children }: { title: string; rows: object[]; file: string; children: ReactNode }) => (
  <Card withBorder component="section" aria-label={title}>
    <Group justify="space-between" mb="sm">
      <Title order={2} size="h4">
        {title}
      </Title>
      <Button size="xs" variant="default" disabled={rows.length === 0} onClick={() => saveBlob(new Blob([Papa.unparse(rows, { escapeFormulae: true })], { type: 'text/csv' }), file)} aria-label={`Download CSV: ${title}`}>
        Download CSV
      </Button>
    </Group>
    {children}
  </Card>
);
