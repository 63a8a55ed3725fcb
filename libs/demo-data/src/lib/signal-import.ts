import type { PostmortemCommand } from '@hindsight/domain';
import { createHash } from 'node:crypto';

const MINUTE = 60_000;

/**
 * What monitoring had seen before anyone noticed a slowly detected incident: an imported
 * metric series whose change point at the incident's start is the first signal. Derived from
 * the report's id, not drawn from the generator, so the rest of the history stays as it was.
 */
export const signalImport = (postmortemId: string, service: string, occurred: number, detected: number): PostmortemCommand | undefined => {
  if (detected - occurred < 10 * MINUTE) return undefined;
  const digest = (text: string) => createHash('sha256').update(text).digest('hex');
  const name = `http_server_errors_ratio{service="${service}"}`;
  const at = new Date(occurred).toISOString();
  const key = digest(`prometheus\n${name}\n${at}`);
  return {
    type: 'RecordImport',
    data: {
      importId: `${postmortemId.slice(0, 24)}-signal`,
      format: 'prometheus',
      file: { name: `${service}-errors.json`, sha256: digest(`${postmortemId}/errors`), bytes: 48_210 },
      records: 1440,
      unparsed: { count: 0, lines: [] },
      outsideWindow: 0,
      omitted: 0,
      firstSignal: key,
      suggestions: [
        {
          key,
          at,
          kind: 'observation',
          description: `${name} rose from 0.002 to 0.041`,
          evidenceKind: 'metric',
          service,
          count: 1,
          anomaly: true,
          source: { format: 'prometheus', file: `${service}-errors.json`, messageId: name, timestamp: String(occurred / 1000), zone: 'Z' },
        },
      ],
    },
  };
};
