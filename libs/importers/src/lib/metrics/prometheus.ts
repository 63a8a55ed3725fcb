import { parseTimestamp } from '../timestamps';
import type { Series } from './series';

interface MatrixResult {
  metric: Record<string, string>;
  values: Array<[number, string]>;
}

/** `__name__{label="value",…}` with the labels sorted, as PromQL writes a series. */
const seriesName = (metric: Record<string, string>): string => {
  const { __name__: name = '', ...labels } = metric;
  const pairs = Object.keys(labels).sort().map((k) => `${k}="${labels[k]}"`);
  return pairs.length ? `${name}{${pairs.join(',')}}` : name || '{}';
};

const isMatrix = (body: unknown): body is { data: { resultType: 'matrix'; result: MatrixResult[] } } => {
  const data = (body as { data?: { resultType?: unknown; result?: unknown } } | null)?.data;
  return data?.resultType === 'matrix' && Array.isArray(data.result);
};

/**
 * A Prometheus `/api/v1/query_range` response (resultType `matrix`): each result is a
 * series of `[unix seconds, "value"]` pairs. Values that are not numbers (`NaN`, `+Inf`) are
 * dropped, counted as unparsed.
 */
export const parsePrometheusRange = (text: string): { series: Series[]; unparsed: number } => {
  const body: unknown = JSON.parse(text);
  if (!isMatrix(body)) throw new Error('not a Prometheus range-query response: data.resultType must be "matrix"');
  let unparsed = 0;
  const series = body.data.result.map(({ metric, values }) => ({
    name: seriesName(metric ?? {}),
    points: (values ?? []).flatMap(([seconds, raw]) => {
      const time = parseTimestamp(seconds);
      const value = Number(raw);
      if (!time || !Number.isFinite(value)) {
        unparsed += 1;
        return [];
      }
      return [{ at: time.at, value, zone: time.zone, timestamp: String(seconds) }];
    }),
  }));
  return { series, unparsed };
};
