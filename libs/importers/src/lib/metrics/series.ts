/** One measured series: its name (labels included) and its points in time order. */
export interface Series {
  name: string;
  points: Array<{ at: string; value: number; zone: string; timestamp: string; line?: number }>;
}

export const inTimeOrder = (series: Series): Series => ({
  ...series,
  points: series.points.filter((p) => Number.isFinite(p.value)).sort((a, b) => a.at.localeCompare(b.at)),
});
