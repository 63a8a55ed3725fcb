/** A form's values: each field a text or a list of ids. */
export type FormValues = Record<string, unknown>;

/** One field as it was when the user started (base), as it is now (theirs) and as the user has it (mine). */
export interface FieldVersions {
  field: string;
  base: unknown;
  theirs: unknown;
  mine: unknown;
  /** Both sides changed it, differently: the user must choose. */
  conflicting: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields either side changed since the base, in the form's order. */
export const changedSince = (base: FormValues, theirs: FormValues, mine: FormValues): FieldVersions[] =>
  Object.keys(base)
    .filter((field) => !same(base[field], theirs[field]) || !same(base[field], mine[field]))
    .map((field) => ({
      field,
      base: base[field],
      theirs: theirs[field],
      mine: mine[field],
      conflicting: !same(base[field], theirs[field]) && !same(base[field], mine[field]) && !same(theirs[field], mine[field]),
    }));

/**
 * The merged values: a field only one side changed takes that side's value; a conflicting
 * field takes the user's decision (theirs unless they decided otherwise: nothing of theirs is
 * overwritten by default).
 */
export const merge = (base: FormValues, theirs: FormValues, mine: FormValues, decisions: Record<string, unknown> = {}): FormValues =>
  Object.fromEntries(
    Object.keys(base).map((field) => {
      if (field in decisions) return [field, decisions[field]];
      return [field, same(base[field], mine[field]) ? theirs[field] : same(base[field], theirs[field]) ? mine[field] : theirs[field]];
    }),
  );

export const sameValues = (a: FormValues, b: FormValues) => Object.keys(a).every((field) => same(a[field], b[field]));
