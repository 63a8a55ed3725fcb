import Papa from 'papaparse';
import { parseTimestamp } from '../timestamps';
import type { Series } from './series';

const TIME_COLUMNS = ['time', 'timestamp', 'ts', 'date', 'datetime'];
const NAME_COLUMNS = ['series', 'metric', 'name'];

type Row = Record<string, string>;

/**
 * CSV series, long (`time,series,value`) or wide (`time,checkout_p99,orders_db_cpu`), with a
 * header row. Rows whose time or every value does not parse are counted with their line numbers.
 */
export const parseCsvSeries = (text: string, assumedZone = 'UTC'): { series: Series[]; unparsedLines: number[]; rows: number } => {
  const { data, meta } = Papa.parse<Row>(text.trim(), { header: true, skipEmptyLines: true });
  const columns = meta.fields ?? [];
  const timeColumn = columns.find((c) => TIME_COLUMNS.includes(c.toLowerCase())) ?? columns[0];
  const nameColumn = columns.find((c) => NAME_COLUMNS.includes(c.toLowerCase()));
  const valueColumns = nameColumn ? [columns.find((c) => c.toLowerCase() === 'value') ?? ''] : columns.filter((c) => c !== timeColumn);
  const byName = new Map<string, Series>();
  const unparsedLines: number[] = [];
  data.forEach((row, i) => {
    const line = i + 2;
    const time = parseTimestamp(row[timeColumn], assumedZone);
    const points = valueColumns
      .map((column) => ({ name: nameColumn ? row[nameColumn] : column, raw: row[column] ?? '' }))
      .filter((p) => p.name && p.raw.trim() !== '' && Number.isFinite(Number(p.raw)));
    if (!time || points.length === 0) {
      unparsedLines.push(line);
      return;
    }
    for (const { name, raw } of points) {
      const series = byName.get(name) ?? { name, points: [] };
      series.points.push({ at: time.at, value: Number(raw), zone: time.zone, timestamp: row[timeColumn], line });
      byName.set(name, series);
    }
  });
  return { series: [...byName.values()], unparsedLines, rows: data.length };
};
