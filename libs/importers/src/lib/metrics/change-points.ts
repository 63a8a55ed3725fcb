/**
 * Change points in the mean of a series, by PELT (Killick, Fearnhead & Eckley, "Optimal
 * detection of changepoints with a linear computational cost", JASA 2012) with the Gaussian
 * mean-shift cost. No well-kept JavaScript library implements it; the algorithm is short.
 *
 * The series is first passed through a running median of five points, so a lone spike (a
 * slow request in a p99) is not a change. The noise level σ comes from the median absolute difference of neighbours, which a step
 * barely moves; the penalty is `penaltyFactor · σ² · ln n` per change (a BIC-like penalty made
 * stricter so stationary noise raises no alarm), and a change must also shift the mean by
 * `minShiftSigmas · σ`, so a long flat series with a tiny drift does not report one either.
 */
export interface ChangePoint {
  /** Index of the first value after the change. */
  index: number;
  before: number;
  after: number;
}

export interface ChangePointOptions {
  minSegment?: number;
  penaltyFactor?: number;
  minShiftSigmas?: number;
}

/** Fewer points say too little about their own noise to call anything a change. */
export const MIN_POINTS = 30;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** σ from neighbouring differences: MAD / 0.6745 estimates σ·√2 for Gaussian noise. */
export const noiseLevel = (values: number[]): number => {
  if (values.length < 3) return 0;
  const diffs = values.slice(1).map((v, i) => Math.abs(v - values[i]));
  return median(diffs) / 0.6745 / Math.SQRT2;
};

const prefixSums = (values: number[]) => {
  const s1 = [0];
  const s2 = [0];
  values.forEach((v, i) => {
    s1.push(s1[i] + v);
    s2.push(s2[i] + v * v);
  });
  const mean = (a: number, b: number) => (s1[b] - s1[a]) / (b - a);
  const cost = (a: number, b: number) => s2[b] - s2[a] - (s1[b] - s1[a]) ** 2 / (b - a);
  return { mean, cost };
};

const segmentStarts = (values: number[], beta: number, minSegment: number, cost: (a: number, b: number) => number): number[] => {
  const n = values.length;
  const best = new Array<number>(n + 1).fill(Infinity);
  const previous = new Array<number>(n + 1).fill(0);
  best[0] = -beta;
  let candidates = [0];
  for (let t = minSegment; t <= n; t++) {
    for (const s of candidates) {
      if (t - s < minSegment) continue;
      const value = best[s] + cost(s, t) + beta;
      if (value < best[t]) [best[t], previous[t]] = [value, s];
    }
    candidates = candidates.filter((s) => t - s < minSegment || best[s] + cost(s, t) <= best[t]);
    if (t + minSegment <= n) candidates.push(t);
  }
  const starts: number[] = [];
  for (let t = n; previous[t] > 0; t = previous[t]) starts.unshift(previous[t]);
  return starts;
};

/** A running median over five points: single spikes and pairs vanish, steps stay where they are. */
export const medianFiltered = (values: number[]): number[] =>
  values.map((_, i) => median(values.slice(Math.max(0, i - 2), i + 3)));

/**
 * Latencies, rates and utilisations are positive and their noise grows with their level (a
 * 9 s p99 wobbles by more than a 0.4 s one): on a log scale the noise is even, so positive
 * series are analysed as logarithms and the means reported in their own units.
 */
const scaleOf = (values: number[]) => (values.every((v) => v > 0) ? values.map(Math.log) : values);

export const changePoints = (values: number[], { minSegment = 5, penaltyFactor = 4, minShiftSigmas = 3 }: ChangePointOptions = {}): ChangePoint[] => {
  if (values.length < MIN_POINTS || values.length < 2 * minSegment) return [];
  const scaled = scaleOf(values);
  const smooth = medianFiltered(scaled);
  const { mean, cost } = prefixSums(smooth);
  const sigma = Math.max(noiseLevel(scaled), 1e-12);
  const starts = segmentStarts(smooth, penaltyFactor * sigma ** 2 * Math.log(values.length), minSegment, cost);
  const bounds = [0, ...starts, values.length];
  const original = prefixSums(values).mean;
  return starts
    .filter((index, i) => Math.abs(mean(index, bounds[i + 2]) - mean(bounds[i], index)) >= minShiftSigmas * sigma)
    .map((index, i, kept) => ({ index, before: original(kept[i - 1] ?? 0, index), after: original(index, kept[i + 1] ?? values.length) }));
};
