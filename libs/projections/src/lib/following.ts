/** Before the n-th try (from 0) to resume following the store: a random wait up to first × 2ⁿ, capped. */
export const resumeDelay = (attempt: number, { first, max }: { first: number; max: number }, random: () => number = Math.random): number =>
  random() * Math.min(max, first * 2 ** attempt);

/** How far the read models are behind the log. */
export interface Lag {
  /** Events stored and not applied yet, counted up to the limit asked for. */
  events: number;
  /** How long the oldest of them has waited; 0 when there is none. */
  seconds: number;
}
