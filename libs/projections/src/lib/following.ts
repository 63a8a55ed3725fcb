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

const SMALLEST_BATCH = 250;

/** The first batch of catching up in slices: small, so the first requests wait little, and grown from there. */
export const FIRST_SLICED_BATCH = 500;

/**
 * The size of the next batch of catching up, from how long the last one took: toward `sliceMs`
 * of work (how long a request may wait behind one), halfway each time so one slow batch does
 * not swing it, between 250 events and `largest`.
 */
export const nextBatchSize = (size: number, tookMs: number, sliceMs: number, largest: number): number =>
  Math.max(Math.min(SMALLEST_BATCH, largest), Math.min(largest, Math.round((size + (size * sliceMs) / Math.max(tookMs, 1)) / 2)));
