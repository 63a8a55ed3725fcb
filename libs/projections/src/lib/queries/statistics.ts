/** Nearest-rank percentile of unsorted values; undefined for none. */
export const percentile = (values: readonly number[], p: number): number | undefined => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** A duration in milliseconds as whole minutes, half a minute rounding up: the one rounding every duration shown uses. */
export const wholeMinutes = (milliseconds: number): number => Math.round(milliseconds / 60_000);

export const minutesBetween = (from: string | null | undefined, to: string | null | undefined): number | undefined =>
  from && to ? wholeMinutes(Date.parse(to) - Date.parse(from)) : undefined;

export const summary = (values: readonly number[]) => ({
  count: values.length,
  median: percentile(values, 50) ?? null,
  p90: percentile(values, 90) ?? null,
});
