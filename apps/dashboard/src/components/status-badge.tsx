import { Badge } from '@mantine/core';
import { label } from '../lib/labels';

// Filled badges in shades dark (or light) enough that their text keeps WCAG AA contrast.
const STATUS_COLORS: Record<string, string> = {
  draft: 'gray.7',
  in_review: 'yellow.4',
  approved: 'teal.9',
  published: 'blue.9',
  open: 'gray.7',
  in_progress: 'yellow.4',
  done: 'teal.9',
  wont_do: 'dark.6',
  planned: 'gray.7',
  sent: 'teal.9',
  sending: 'yellow.4',
  failed: 'red.9',
};
// Mantine's darkest orange is too light for white text: a darker one of our own.
const DARK_ORANGE = '#a63d00';
const SEVERITY_COLORS: Record<string, string> = { SEV1: 'red.9', SEV2: DARK_ORANGE, SEV3: 'yellow.4', SEV4: 'gray.7' };
const BAND_COLORS: Record<string, string> = { P0: 'red.9', P1: DARK_ORANGE, P2: 'yellow.4', P3: 'gray.7' };

const Filled = ({ color, children }: { color: string; children: string }) => (
  <Badge color={color} variant="filled" autoContrast>
    {children}
  </Badge>
);

export const StatusBadge = ({ status }: { status: string }) => <Filled color={STATUS_COLORS[status] ?? 'gray.7'}>{label(status)}</Filled>;

export const SeverityBadge = ({ severity }: { severity: string }) => <Filled color={SEVERITY_COLORS[severity] ?? 'gray.7'}>{severity}</Filled>;

export const BandBadge = ({ band }: { band: string }) => <Filled color={BAND_COLORS[band] ?? 'gray.7'}>{band}</Filled>;
