/**
 * A comma-separated list being typed ("storefront, che"): what is already chosen, and the part
 * still being typed, which is what a picker looks up.
 */
export const splitTyping = (value: string): { chosen: string[]; typing: string } => {
  const parts = value.split(',');
  const typing = (parts.pop() ?? '').trim();
  return { chosen: parts.map((part) => part.trim()).filter(Boolean), typing };
};

/** The list with its last part completed to `name`; names already chosen are not offered twice. */
export const completeWith = (chosen: readonly string[], name: string): string | undefined => (chosen.includes(name) ? undefined : [...chosen, name].join(', '));
