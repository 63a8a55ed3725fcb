import fc from 'fast-check';
import { DEFAULT_RETRY_POLICY, retryAt } from './backoff';

const failedAt = new Date('2026-03-15T10:00:00Z');
const delay = (attempt: number, random: number, policy = DEFAULT_RETRY_POLICY) =>
  (retryAt(attempt, failedAt, policy, random)?.getTime() ?? NaN) - failedAt.getTime();

describe('Retrying a failed delivery', () => {
  it('waits between half and all of a step that doubles each attempt, up to the cap', () =>
    fc.assert(
      fc.property(fc.integer({ min: 1, max: DEFAULT_RETRY_POLICY.maxAttempts - 1 }), fc.double({ min: 0, max: 0.999999, noNaN: true }), (attempt, random) => {
        const step = Math.min(DEFAULT_RETRY_POLICY.maxDelayMs, DEFAULT_RETRY_POLICY.firstDelayMs * 2 ** (attempt - 1));
        expect(delay(attempt, random)).toBeGreaterThanOrEqual(step / 2);
        expect(delay(attempt, random)).toBeLessThanOrEqual(step);
      }),
    ));

  it('gives up after the last attempt', () => {
    expect(retryAt(DEFAULT_RETRY_POLICY.maxAttempts, failedAt, DEFAULT_RETRY_POLICY, 0.5)).toBeUndefined();
    expect(delay(1, 0)).toBe(15_000);
    expect(delay(2, 0.999999)).toBeCloseTo(60_000, -1);
  });
});
