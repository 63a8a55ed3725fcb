import { importAlertmanager } from './alerts/alertmanager';
import { importSlack } from './chat/slack';
import { importDeploys } from './deploys/deploys';
import { type ImportResult, UNPARSED_LINES_KEPT } from './import-result';
import type { Chunks } from './lines';
import { importLog } from './logs/log-import';
import { parseCsvSeries } from './metrics/csv-series';
import { importSeries } from './metrics/metric-import';
import { parsePrometheusRange } from './metrics/prometheus';
import { importOpsgenie } from './paging/opsgenie';
import { importPagerDuty } from './paging/pagerduty';
import type { ImportFormat } from './suggestion';
import type { ImportWindow } from './window';

export interface ImportOptions {
  file: string;
  window?: ImportWindow;
  /** The zone of timestamps written without one. */
  assumedZone?: string;
  /** For RFC 3164 syslog lines, which have no year. */
  reference?: Date;
}

/**
 * Documents (everything but logs) are read whole: a query response, an export or a deploy
 * list is at most this big. Logs stream, whatever their size.
 */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

export class DocumentTooLarge extends Error {
  constructor() {
    super(`a document to import must be at most ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB; only logs stream`);
  }
}

const readText = async (input: Chunks): Promise<string> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > MAX_DOCUMENT_BYTES) throw new DocumentTooLarge();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
};

const fromText: Record<Exclude<ImportFormat, 'logs'>, (text: string, options: ImportOptions) => ImportResult> = {
  prometheus: (text, options) => {
    const { series, unparsed } = parsePrometheusRange(text);
    const points = series.reduce((n, s) => n + s.points.length, 0);
    return importSeries({ series, unparsed: { count: unparsed, lines: [] }, records: points + unparsed }, { format: 'prometheus', ...options });
  },
  'metrics-csv': (text, options) => {
    const { series, unparsedLines, rows } = parseCsvSeries(text, options.assumedZone);
    const unparsed = { count: unparsedLines.length, lines: unparsedLines.slice(0, UNPARSED_LINES_KEPT) };
    return importSeries({ series, unparsed, records: rows }, { format: 'metrics-csv', ...options });
  },
  alertmanager: importAlertmanager,
  pagerduty: importPagerDuty,
  opsgenie: importOpsgenie,
  slack: importSlack,
  deploys: importDeploys,
};

/** Turns one file of raw material into suggestions. */
export const importFile = async (format: ImportFormat, input: Chunks, options: ImportOptions): Promise<ImportResult> =>
  format === 'logs' ? importLog(input, options) : fromText[format](await readText(input), options);
