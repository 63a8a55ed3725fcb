import { detectFormat, DETECTION_BYTES, IMPORT_FORMATS, importFile, importSlackExport, type ImportFormat, type ImportResult, type ImportWindow } from '@hindsight/importers';
import { SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError, Option } from 'commander';
import { createReadStream, openSync, readSync, closeSync, statSync } from 'node:fs';
import { basename } from 'node:path';

const instant = (value: string): string => {
  const ms = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(ms)) throw new InvalidArgumentError('must be an ISO-8601 date-time with a zone, e.g. 2026-03-14T09:00:00Z');
  return new Date(ms).toISOString();
};

const head = (file: string): string => {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(DETECTION_BYTES);
    return buffer.subarray(0, readSync(fd, buffer, 0, DETECTION_BYTES, 0)).toString('utf8');
  } finally {
    closeSync(fd);
  }
};

interface Options {
  format?: ImportFormat;
  from?: string;
  to?: string;
  detectedAt?: string;
  zone: string;
  json?: boolean;
  progress: boolean;
}

const windowOf = ({ from, to, detectedAt }: Options): ImportWindow | undefined => {
  if (!from && !to) return undefined;
  return { from: from ?? '1990-01-01T00:00:00.000Z', to: to ?? new Date(Date.now() + 86_400_000).toISOString(), detectedAt };
};

const summary = (result: ImportResult): string[] => [
  `${result.file}: ${result.format}, ${result.records.toLocaleString('en-US')} records`,
  `  ${result.suggestions.length} suggestions${result.omitted ? ` (${result.omitted} more omitted)` : ''}, ${result.outsideWindow.toLocaleString('en-US')} records outside the window`,
  `  ${result.unparsed.count} records did not parse${result.unparsed.count ? `: line ${result.unparsed.lines.slice(0, 10).join(', ')}${result.unparsed.count > 10 ? ', …' : ''}` : ''}`,
  ...result.suggestions.map((s) => `  ${s.at} ${s.key === result.firstSignal ? '⚑' : ' '} ${s.kind.padEnd(13)} ${s.count > 1 ? `×${s.count} ` : ''}${s.description}`),
];

/** A byte counter on the file stream, drawn as a progress bar on the terminal. */
const withProgress = (file: string, show: boolean) => {
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  if (!show) return { stream, done: () => undefined };
  const megabytes = (n: number) => Math.round(n / 1_048_576);
  const bar = new SingleBar({ format: '{bar} {percentage}% | {value}/{total} MB | {eta_formatted} left', stream: process.stderr });
  bar.start(megabytes(statSync(file).size), 0);
  stream.on('data', () => bar.update(megabytes(stream.bytesRead)));
  return { stream, done: () => bar.stop() };
};

/**
 * `import <file>`: what a file of raw material would suggest for a report's timeline,
 * read locally and in bounded memory whatever its size. Nothing is recorded.
 */
export const importProgram = (print: (line: string) => void = console.log): Command =>
  new Command('import')
    .description('Read logs, metrics, alerts, pages, chat exports or deploy lists and print the timeline entries they suggest (docs/importers.md)')
    .argument('<file>', 'the file to read, or the folder of a Slack export')
    .addOption(new Option('--format <format>', 'the file\'s format; told from its content when left out').choices(IMPORT_FORMATS))
    .option('--from <instant>', 'keep records at or after this instant', instant)
    .option('--to <instant>', 'keep records at or before this instant', instant)
    .option('--detected-at <instant>', 'when the incident was noticed: the first anomaly before it is the first signal', instant)
    .option('--zone <zone>', 'the IANA zone of timestamps written without one', 'UTC')
    .option('--json', 'print the whole result as JSON')
    .option('--no-progress', 'no progress bar')
    .exitOverride()
    .showHelpAfterError()
    .action(async (file: string, options: Options) => {
      if (statSync(file).isDirectory()) {
        // A folder is a Slack export: users.json and a folder of day files per channel.
        for (const result of importSlackExport(file, { window: windowOf(options) })) {
          if (options.json) print(JSON.stringify(result, null, 2));
          else summary(result).forEach((line) => print(line));
        }
        return;
      }
      const format = options.format ?? detectFormat(head(file));
      const { stream, done } = withProgress(file, options.progress && process.stderr.isTTY === true);
      const result = await importFile(format, stream, { file: basename(file), window: windowOf(options), assumedZone: options.zone }).finally(done);
      if (options.json) print(JSON.stringify(result, null, 2));
      else summary(result).forEach((line) => print(line));
    });
