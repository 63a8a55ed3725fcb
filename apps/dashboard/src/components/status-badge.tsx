import { Badge } from '@mantine/core';
import { label } from '../lib/labels';

const STATUS_COLORS: Record<string, string> = {
  draft: 'gray',
  in_review: 'yellow',
  approved: 'teal',
  published: 'blue',
  open: 'gray',
  in_progress: 'yellow',
  done: 'teal',
  wont_do: 'dark',
  planned: 'gray',
  sent: 'teal',
};
const SEVERITY_COLORS: Record<string, string> = { SEV1: 'red', SEV2: 'orange', SEV3: 'yellow', SEV4: 'gray' };
const BAND_COLORS: Record<string, string> = { P0: 'red', P1: 'orange', P2: 'yellow', P3: 'gray' };

// Filled badges with dark text keep the contrast WCAG AA asks for on every color.
export const StatusBadge = ({ status }: { status: string }) => (
  <Badge color={STATUS_COLORS[status] ?? 'gray'} variant="light" autoContrast style={{ minWidth: 'fit-content' }}>
    {label(status)}
  </Badge>
);

export const SeverityBadge = ({ severity }: { severity: string }) => (
  <Badge color={SEVERITY_COLORS[severity] ?? 'gray'} variant="filled" autoContrast style={{ minWidth: 'fit-content' }}>
    {severity}
  </Badge>
);

export const BandBadge = ({ band }: { band: string }) => (
  <Badge color={BAND_COLORS[band] ?? 'gray'} variant="filled" autoContrast style={{ minWidth: 'fit-content' }}>
    {band}
  </Badge>
);
