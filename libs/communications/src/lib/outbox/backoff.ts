/** How often and how patiently a delivery is tried again. */
export interface RetryPolicy {
  /** Attempts in all, the first included; after the last failure the delivery is given up. */
  maxAttempts: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 8, firstDelayMs: 30_000, maxDelayMs: 6 * 3_600_000 };

/**
 * When to try again after failed attempt `attempt` (1 for the first): exponential backoff with
 * full jitter, capped; undefined once the attempts are spent. `random` is in [0, 1).
 */
export const retryAt = (attempt: number, failedAt: Date, policy: RetryPolicy, random: number): Date | undefined => {
  if (attempt >= policy.maxAttempts) return undefined;
  const ceiling = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** (attempt - 1));
  // Full jitter, but never sooner than half the step, so a receiver that is down gets a rest.
  const delay = ceiling / 2 + (random * ceiling) / 2;
  return new Date(failedAt.getTime() + Math.round(delay));
};
