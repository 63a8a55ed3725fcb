/** Nearest-rank percentile of unsorted values; undefined for none. */
export const percentile = (values: readonly number[], p: number): number | undefined =>
  percentileOfSorted([...values].sort((a, b) => a - b), p);

/** Nearest-rank percentile of values sorted in ascending order. */
const percentileOfSorted = (sorted: ArrayLike<number>, p: number): number | undefined =>
  sorted.length === 0 ? undefined : sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];

/** A duration in milliseconds as whole minutes, half a minute rounding up: the one rounding every duration shown uses. */
export const wholeMinutes = (milliseconds: number): number => Math.round(milliseconds / 60_000);

export const minutesBetween = (from: string | null | undefined, to: string | null | undefined): number | undefined =>
  from && to ? wholeMinutes(Date.parse(to) - Date.parse(from)) : undefined;

/** Count, median and 90th percentile of values already sorted in ascending order. */
export const summaryOfSorted = (sorted: ArrayLike<number>) => ({
  count: sorted.length,
  median: percentileOfSorted(sorted, 50) ?? null,
  p90: percentileOfSorted(sorted, 90) ?? null,
});
