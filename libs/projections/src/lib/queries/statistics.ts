/** Nearest-rank percentile of unsorted values; undefined for none. */
export const percentile = (values: readonly number[], p: number): number | undefined => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
};

export const minutesBetween = (from: string | null | undefined, to: string | null | undefined): number | undefined =>
  from && to ? Math.round((Date.parse(to) - Date.parse(from)) / 60_000) : undefined;

export const summary = (values: readonly number[]) => ({
  count: values.length,
  median: percentile(values, 50) ?? null,
  p90: percentile(values, 90) ?? null,
});
