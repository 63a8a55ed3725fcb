import type { Suggestion } from '@hindsight/domain';

/**
 * Suggestions an import may record within one append, leaving room for the rest of the event:
 * a store configured for small appends keeps the earliest suggestions that fit and counts the
 * others as omitted, rather than refusing the whole import.
 */
export const withinAppendBudget = (suggestions: readonly Suggestion[], maxAppendBytes: number): Suggestion[] => {
  const budget = Math.floor(maxAppendBytes * 0.8) - 8_192;
  let used = 0;
  const kept: Suggestion[] = [];
  for (const suggestion of suggestions) {
    used += Buffer.byteLength(JSON.stringify(suggestion)) + 1;
    if (used > budget) break;
    kept.push(suggestion);
  }
  return kept;
};
