// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the package ships no types, and the API and the tools compile this library from source
/// <reference path="./parse-prometheus-text-format.d.ts" />
import parsePrometheusTextFormat, { type MetricFamily } from 'parse-prometheus-text-format';

export type { MetricFamily };

/** Prometheus text, parsed: a metric family by its name. */
export const parseMetrics = (text: string): ((name: string) => MetricFamily | undefined) => {
  const families = parsePrometheusTextFormat(text);
  return (name) => families.find((family) => family.name === name);
};

/** The API's `/metrics` (it needs no token), parsed. */
export const scrapeMetrics = async (url: string): Promise<(name: string) => MetricFamily | undefined> => {
  const response = await fetch(`${url}/metrics`);
  if (!response.ok) throw new Error(`GET /metrics answered ${response.status}`);
  return parseMetrics(await response.text());
};
