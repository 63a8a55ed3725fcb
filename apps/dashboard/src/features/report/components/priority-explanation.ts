import type { Priority } from '@hindsight/domain';

/** Why an action item has its band, in one sentence built from the factors the domain used. */
export const explainPriority = ({ score, band, factors: { severity, frequency, effort } }: Priority): string => {
  const measured =
    frequency.used === frequency.measured && frequency.measured !== frequency.estimated
      ? `measured ${frequency.measured} (${frequency.recurrences} incidents with this cause in 90 days; estimated ${frequency.estimated})`
      : `${frequency.used}`;
  return `${band}, score ${score}: severity ${severity.value} (×${severity.weight}) × frequency ${measured} (×${frequency.weight}) × 3 ÷ effort ${effort.value} (÷${effort.divisor}).`;
};
