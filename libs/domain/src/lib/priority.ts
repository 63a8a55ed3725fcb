import type { Effort, Frequency, Severity } from './values';

/**
 * How urgent an action item is, and why. Severity of what it prevents, how often that kind of
 * cause recurs, and how cheap it is to do. Frequency is the larger of the team's estimate and
 * what the last 90 days measured: a cause category that keeps coming back raises the priority
 * of every item addressing it.
 */
export const PRIORITY_BANDS = ['P0', 'P1', 'P2', 'P3'] as const;
export type PriorityBand = (typeof PRIORITY_BANDS)[number];

export const RECURRENCE_WINDOW_DAYS = 90;

/**
 * The weights a score multiplies and divides; exported so a read model can rank in SQL by the
 * same numbers (the action-items read model stores them: change its version with them).
 */
export const SEVERITY_WEIGHT: Record<Severity, number> = { SEV1: 4, SEV2: 3, SEV3: 2, SEV4: 1 };
export const FREQUENCY_WEIGHT: Record<Frequency, number> = { rare: 1, occasional: 2, frequent: 3 };
export const EFFORT_DIVISOR: Record<Effort, number> = { small: 1, medium: 2, large: 3 };
/** What the product of the weights is scaled by, so the bands fall on round numbers. */
export const SCORE_SCALE = 3;
/** The lowest score of each band but the last. */
export const BAND_FLOORS = { P0: 18, P1: 9, P2: 4 } as const;

/** The band a score falls in. */
export const bandOf = (score: number): PriorityBand => (score >= BAND_FLOORS.P0 ? 'P0' : score >= BAND_FLOORS.P1 ? 'P1' : score >= BAND_FLOORS.P2 ? 'P2' : 'P3');

/** Incidents in the window with a cause of the same category → how frequent that is. */
export const measuredFrequency = (incidents: number): Frequency =>
  incidents >= 4 ? 'frequent' : incidents >= 2 ? 'occasional' : 'rare';

export interface PriorityInputsWithRecurrence {
  severity: Severity;
  /** The team's estimate when the item was proposed. */
  frequency: Frequency;
  effort: Effort;
  /** Incidents in the last 90 days with a cause of a category this item addresses (the largest). */
  recurrences: number;
}

export interface Priority {
  score: number;
  band: PriorityBand;
  factors: {
    severity: { value: Severity; weight: number };
    frequency: { estimated: Frequency; measured: Frequency; recurrences: number; used: Frequency; weight: number };
    effort: { value: Effort; divisor: number };
  };
}

export const prioritise = ({ severity, frequency, effort, recurrences }: PriorityInputsWithRecurrence): Priority => {
  const measured = measuredFrequency(recurrences);
  const used = FREQUENCY_WEIGHT[measured] > FREQUENCY_WEIGHT[frequency] ? measured : frequency;
  const score = Math.round(((SEVERITY_WEIGHT[severity] * FREQUENCY_WEIGHT[used] * SCORE_SCALE) / EFFORT_DIVISOR[effort]) * 10) / 10;
  return {
    score,
    band: bandOf(score),
    factors: {
      severity: { value: severity, weight: SEVERITY_WEIGHT[severity] },
      frequency: { estimated: frequency, measured, recurrences, used, weight: FREQUENCY_WEIGHT[used] },
      effort: { value: effort, divisor: EFFORT_DIVISOR[effort] },
    },
  };
};
