import type { Suggestion } from './suggestion';

/** The stretch of time an import keeps: around the incident, so a week of logs yields its hour. */
export interface ImportWindow {
  from: string;
  to: string;
  /** When someone noticed: the first anomaly before it is the first signal. */
  detectedAt?: string;
}

export const withinWindow = (at: string, window: ImportWindow | undefined): boolean =>
  !window || (at >= window.from && at <= window.to);

/** The window as milliseconds, for checking millions of log lines without making their ISO form. */
export const windowMs = (window: ImportWindow | undefined): { from: number; to: number } =>
  window ? { from: Date.parse(window.from), to: Date.parse(window.to) } : { from: -Infinity, to: Infinity };

/**
 * The window a report's times suggest: from `before` ahead of the first thing known to have
 * happened to `after` past the last.
 */
export const windowAround = (
  times: { occurredAt: string; detectedAt?: string; resolvedAt?: string },
  { beforeMs = 6 * 3_600_000, afterMs = 3_600_000 } = {},
): ImportWindow => {
  const last = times.resolvedAt ?? times.detectedAt ?? times.occurredAt;
  return {
    from: new Date(Date.parse(times.occurredAt) - beforeMs).toISOString(),
    to: new Date(Date.parse(last) + afterMs).toISOString(),
    detectedAt: times.detectedAt,
  };
};

/** The earliest anomaly before detection: how long the signal was there before anyone noticed. */
export const firstSignal = (suggestions: readonly Suggestion[], detectedAt: string | undefined): Suggestion | undefined =>
  detectedAt === undefined
    ? undefined
    : suggestions.filter((s) => s.anomaly && s.at < detectedAt).reduce<Suggestion | undefined>((a, s) => (!a || s.at < a.at ? s : a), undefined);
