interface Identified {
  id: string;
}

/** Applies a revision: `null` clears an optional field, absent keys stay as they are. */
export const applyChanges = <T extends object>(target: T, changes: { [K in keyof T]?: unknown }): T => {
  const next = { ...target } as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return next as T;
};

/** Keeps only the changes that differ from the current value, so a no-op revision records nothing. */
export const effectiveChanges = <C extends object>(current: object, changes: C): C => {
  const currentValues = current as Record<string, unknown>;
  const kept = Object.entries(changes).filter(
    ([key, value]) => value !== undefined && !sameValue(currentValues[key] ?? null, value),
  );
  return Object.fromEntries(kept) as C;
};

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export const findById = <T extends Identified>(items: readonly T[], id: string): T | undefined =>
  items.find((item) => item.id === id);

export const replaceById = <T extends Identified>(items: readonly T[], id: string, update: (item: T) => T): T[] =>
  items.map((item) => (item.id === id ? update(item) : item));

export const withoutId = <T extends Identified>(items: readonly T[], id: string): T[] =>
  items.filter((item) => item.id !== id);

export const isEmpty = (changes: object): boolean => Object.keys(changes).length === 0;
