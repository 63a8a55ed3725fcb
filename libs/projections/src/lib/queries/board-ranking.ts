import { BAND_FLOORS, FREQUENCY_WEIGHT, measuredFrequency, type PriorityBand } from '@hindsight/domain';
import { OVERFLOW_BIT } from '../read-models/category-bits';

/**
 * The domain's priority score as SQL over `rm_action_items a`, so the board ranks, filters by
 * band and pages in SQLite instead of scoring every item in JavaScript. Same weights (stored by
 * the action-items projection), same rounding, checked against `prioritise` by the tests.
 */

const { frequent, occasional, rare } = FREQUENCY_WEIGHT;

/**
 * How often the categories an item addresses recurred (the most frequent of them): a bitwise
 * test of the item's category mask, or, for an item with a category past the 62nd, its list.
 */
const CATEGORY_WEIGHT = `CASE
  WHEN a.category_mask & @frequentMask THEN ${frequent}
  WHEN a.category_mask & @overflowMask THEN (SELECT COALESCE(MAX(w.value), ${rare}) FROM json_each(a.cause_categories) c JOIN json_each(@weights) w ON w.key = c.value)
  WHEN a.category_mask & @occasionalMask THEN ${occasional}
  ELSE ${rare} END`;

export const IS_OPEN = "a.status IN ('open', 'in_progress')";
/**
 * severity × SCORE_SCALE ÷ effort is stored (priority_base); the frequency used is the larger of
 * the estimate and the measured one. With the domain's weights every product is exact to the
 * tenth the domain rounds to, so no rounding is done here (a test holds every combination to it).
 */
export const SCORE = `(a.priority_base * MAX(a.frequency_weight, ${CATEGORY_WEIGHT}))`;
export const IS_OVERDUE = `(${IS_OPEN} AND a.due_date IS NOT NULL AND a.due_date < @today)`;

/** The items of a band. */
export const BAND_CONDITIONS: Record<PriorityBand, string> = {
  P0: `${SCORE} >= ${BAND_FLOORS.P0}`,
  P1: `${SCORE} >= ${BAND_FLOORS.P1} AND ${SCORE} < ${BAND_FLOORS.P0}`,
  P2: `${SCORE} >= ${BAND_FLOORS.P2} AND ${SCORE} < ${BAND_FLOORS.P1}`,
  P3: `${SCORE} < ${BAND_FLOORS.P2}`,
};

/** The parameters the ranking reads: each category's weight from the caller's recurrences, as masks and as a list. */
export const rankingParameters = (recurring: ReadonlyMap<string, number>, bits: ReadonlyMap<string, number>) => {
  const weights = new Map([...recurring].map(([category, incidents]) => [category, FREQUENCY_WEIGHT[measuredFrequency(incidents)]]));
  const mask = (weight: number) =>
    [...weights].filter(([category, w]) => w === weight && bits.has(category) && bits.get(category) !== OVERFLOW_BIT).reduce((m, [category]) => m | (1n << BigInt(bits.get(category) as number)), 0n);
  return {
    frequentMask: mask(frequent),
    occasionalMask: mask(occasional),
    overflowMask: 1n << BigInt(OVERFLOW_BIT),
    weights: JSON.stringify(Object.fromEntries(weights)),
  };
};
