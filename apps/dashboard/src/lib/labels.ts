/** "causal_factor" → "Causal factor": how the domain's values read on screen. */
export const label = (value: string): string => {
  const words = value.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export const optionsOf = (values: readonly string[]) => values.map((value) => ({ value, label: label(value) }));
