import type { ImportFormat } from './suggestion';

/** How much of a file `detectFormat` needs to see. */
export const DETECTION_BYTES = 4096;

const csvHeader = (head: string) => head.split('\n', 1)[0].toLowerCase().split(',').map((c) => c.trim().replace(/^"|"$/g, ''));

/**
 * Tells a file's format from its first few kilobytes: each format has fields no other has.
 * A log is what remains, since a log line can be anything.
 */
export const detectFormat = (head: string): ImportFormat => {
  const text = head.trimStart();
  if (text.startsWith('{') || text.startsWith('[')) {
    if (/"resultType"\s*:\s*"matrix"/.test(text)) return 'prometheus';
    if (/"groupKey"\s*:/.test(text) && /"alerts"\s*:/.test(text)) return 'alertmanager';
    if (/"event_type"\s*:\s*"incident\./.test(text)) return 'pagerduty';
    if (/"action"\s*:/.test(text) && /"alert"\s*:\s*\{/.test(text)) return 'opsgenie';
    if (text.startsWith('[') && /"type"\s*:\s*"message"/.test(text) && /"ts"\s*:/.test(text)) return 'slack';
    if (text.startsWith('[') && /"service"\s*:/.test(text) && /"version"\s*:/.test(text)) return 'deploys';
    return 'logs';
  }
  const columns = csvHeader(text);
  if (columns.length > 1 && columns.includes('service') && columns.includes('version')) return 'deploys';
  if (columns.length > 1 && ['time', 'timestamp', 'ts', 'date', 'datetime'].includes(columns[0])) return 'metrics-csv';
  return 'logs';
};
