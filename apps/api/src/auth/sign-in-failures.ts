import type { FastifyRequest } from 'fastify';

export const SIGN_IN_FAILURES_PER_MINUTE = Symbol('SignInFailuresPerMinute');

export class TooManySignInFailures extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed sign-ins from this address; retry in ${retryAfterSeconds} seconds`);
    this.name = 'TooManySignInFailures';
  }
}

type Limiter = (request: FastifyRequest, options?: { increment?: boolean }) => Promise<{ isAllowed: boolean; remaining?: number; ttlInSeconds?: number }>;

/**
 * Failed authentications are counted per client address, far more strictly than requests:
 * once an address has used up its failures for the minute, it is refused before any token
 * it sends is even looked at, so guessing tokens costs a minute per handful of guesses.
 */
export class SignInFailures {
  private limiter?: Limiter;

  constructor(private readonly perMinute: number) {}

  private of(request: FastifyRequest): Limiter {
    this.limiter ??= request.server.createRateLimit({
      max: this.perMinute,
      timeWindow: '1 minute',
      keyGenerator: (r) => `sign-in-failures:${r.ip}`,
    }) as Limiter;
    return this.limiter;
  }

  async refuseIfExhausted(request: FastifyRequest): Promise<void> {
    const verdict = await this.of(request)(request, { increment: false });
    if (!verdict.isAllowed && verdict.remaining === 0) throw new TooManySignInFailures(verdict.ttlInSeconds ?? 60);
  }

  async record(request: FastifyRequest): Promise<void> {
    await this.of(request)(request);
  }
}
