import type { ImportResult } from '../import-result';
import { type SeriesExcerpt, type Suggestion, suggestionKey } from '../suggestion';
import { firstSignal, type ImportWindow, withinWindow } from '../window';
import { type ChangePointOptions, changePoints } from './change-points';
import { inTimeOrder, type Series } from './series';

const EXCERPT_POINTS = 120;

const round = (value: number) => Number(value.toPrecision(3));

/** At most EXCERPT_POINTS points of the series, evenly spaced, to draw it beside the suggestion. */
const excerpt = (series: Series, before: number, after: number): SeriesExcerpt => {
  const step = Math.max(1, Math.ceil(series.points.length / EXCERPT_POINTS));
  const points = series.points.filter((_, i) => i % step === 0).map((p): [string, number] => [p.at, p.value]);
  return { name: series.name, points, before: round(before), after: round(after) };
};

/**
 * Each change point of each series becomes an observation, the series attached. The first
 * change of a series is its departure from the baseline: an anomaly. Later ones (the return
 * to normal, a second step) are shown but are not a first signal.
 */
const suggestionsOf = (series: Series, format: 'prometheus' | 'metrics-csv', file: string, options?: ChangePointOptions): Suggestion[] =>
  changePoints(series.points.map((p) => p.value), options).map(({ index, before, after }, i) => {
    const point = series.points[index];
    return {
      key: suggestionKey(format, `${series.name}\n${point.at}`),
      at: point.at,
      kind: 'observation',
      description: `${series.name} ${after > before ? 'rose' : 'fell'} from ${round(before)} to ${round(after)}`,
      evidenceKind: 'metric',
      count: 1,
      anomaly: i === 0,
      source: { format, file, line: point.line, messageId: series.name, timestamp: point.timestamp, zone: point.zone },
      series: excerpt(series, before, after),
    };
  });

export const importSeries = (
  parsed: { series: Series[]; unparsed: { count: number; lines: number[] }; records: number },
  options: { format: 'prometheus' | 'metrics-csv'; file: string; window?: ImportWindow; changePoints?: ChangePointOptions },
): ImportResult => {
  let outsideWindow = 0;
  const clipped = parsed.series.map(inTimeOrder).map((s) => {
    const points = s.points.filter((p) => withinWindow(p.at, options.window));
    outsideWindow += s.points.length - points.length;
    return { ...s, points };
  });
  const suggestions = clipped.flatMap((s) => suggestionsOf(s, options.format, options.file, options.changePoints)).sort((a, b) => a.at.localeCompare(b.at));
  return {
    format: options.format,
    file: options.file,
    records: parsed.records,
    suggestions,
    unparsed: parsed.unparsed,
    outsideWindow,
    omitted: 0,
    firstSignal: firstSignal(suggestions, options.window?.detectedAt)?.key,
  };
};
