import type { EventStore } from '@hindsight/event-store';
import type { ProjectionRunner } from '@hindsight/projections';

export const READY_LIMITS = Symbol('READY_LIMITS');

export interface ReadyLimits {
  events: number;
  seconds: number;
}

/**
 * Whether this instance should be sent traffic: its event store answers, its read models
 * follow the log live (not catching up after start or resuming a lost subscription), and they
 * are no further behind than the limits. A load balancer sends dashboard users elsewhere until then.
 */
export const readiness = async (store: EventStore, runner: ProjectionRunner, limits: ReadyLimits) => {
  const lag = await runner.lag(limits.events + 1).catch(() => undefined);
  const reasons = [
    ...(lag ? [] : ['the event store does not answer']),
    ...(runner.following ? [] : ['the read models are catching up with the log']),
    ...(lag && lag.events > limits.events ? [`the read models are more than ${limits.events} events behind`] : []),
    ...(lag && lag.seconds > limits.seconds ? [`the read models are ${Math.round(lag.seconds)} s behind (limit ${limits.seconds} s)`] : []),
  ];
  return {
    status: reasons.length === 0 ? ('ready' as const) : ('not_ready' as const),
    store: lag ? ('ok' as const) : ('unavailable' as const),
    subscription: runner.following ? ('live' as const) : ('catching_up' as const),
    lag: lag ?? { events: 0, seconds: 0 },
    limits,
    reasons,
  };
};
