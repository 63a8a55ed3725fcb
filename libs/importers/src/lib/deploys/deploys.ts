import Papa from 'papaparse';
import type { ImportResult } from '../import-result';
import { UnparsedRecords } from '../import-result';
import { collect, type Fields, isObject, jsonRecords, str } from '../records';
import { type Suggestion, suggestionKey } from '../suggestion';
import { parseTimestamp } from '../timestamps';
import type { ImportWindow } from '../window';

const pick = (record: Fields, names: string[]) => names.map((n) => str(record[n]) ?? (typeof record[n] === 'number' ? String(record[n]) : undefined)).find(Boolean);

const deploySuggestion = (record: Fields, file: string, assumedZone: string, line?: number): Suggestion | undefined => {
  const service = pick(record, ['service', 'app', 'application', 'component']);
  const version = pick(record, ['version', 'revision', 'sha', 'commit', 'tag', 'release']);
  const written = pick(record, ['time', 'timestamp', 'deployed_at', 'deployedAt', 'finished_at', 'date']);
  const author = pick(record, ['author', 'user', 'deployer', 'by']);
  const time = written && parseTimestamp(written, assumedZone);
  if (!service || !version || !written || !time) return undefined;
  return {
    key: suggestionKey('deploys', `${service}\n${version}\n${time.at}`),
    at: time.at,
    kind: 'deploy',
    description: `${service} ${version} deployed${author ? ` by ${author}` : ''}`,
    evidenceKind: 'document',
    service,
    count: 1,
    anomaly: false,
    source: { format: 'deploys', file, line, messageId: `${service}@${version}`, timestamp: written, zone: time.zone },
  };
};

const csvRecords = (text: string) =>
  Papa.parse<Fields>(text.trim(), { header: true, skipEmptyLines: true }).data.map((value, i) => ({ value, line: i + 2 }));

/** A deploy history, as CSV with a header row or JSON (an array, or JSON Lines): service, version, time, author. */
export const importDeploys = (text: string, options: { file: string; window?: ImportWindow; assumedZone?: string }): ImportResult => {
  const json = /^\s*[[{]/.test(text);
  const { records, unparsed } = json ? jsonRecords(text) : { records: csvRecords(text), unparsed: new UnparsedRecords() };
  const found = records.flatMap(({ value, line }, i) => {
    const suggestion = isObject(value) ? deploySuggestion(value, options.file, options.assumedZone ?? 'UTC', line) : undefined;
    if (!suggestion) unparsed.add(line ?? i + 1);
    return suggestion ? [suggestion] : [];
  });
  return collect({ format: 'deploys', ...options }, records.length, found, unparsed);
};
