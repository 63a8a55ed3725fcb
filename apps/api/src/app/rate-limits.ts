import rateLimit from '@fastify/rate-limit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/config';

const tooMany = (max: number, after: string, per: string) =>
  Object.assign(new Error(`Rate limit of ${max} requests per minute ${per} reached; retry in ${after}`), { statusCode: 429 });

/** A credential is counted by its hash, never kept; a request without one by its address. */
const credentialKey = (request: FastifyRequest): string => {
  const authorization = request.headers.authorization;
  return authorization ? `token:${createHash('sha256').update(authorization).digest('hex')}` : `ip:${request.ip}`;
};

/**
 * Two limits apply to every request: one per credential, and a wider one per client address,
 * so that sending a different made-up token each time does not escape the first. (Failed
 * sign-ins have a stricter limit of their own: `auth/sign-in-failures.ts`.)
 */
export const limitRates = async (app: NestFastifyApplication, config: AppConfig): Promise<void> => {
  await app.register(rateLimit, {
    max: config.rateLimitPerMinute,
    timeWindow: '1 minute',
    keyGenerator: credentialKey,
    errorResponseBuilder: (_, context) => tooMany(context.max, context.after, 'for this token'),
  });
  const fastify = app.getHttpAdapter().getInstance();
  const perAddress = fastify.createRateLimit({
    max: config.rateLimitPerAddressPerMinute,
    timeWindow: '1 minute',
    keyGenerator: (request) => `address:${request.ip}`,
  });
  fastify.addHook('onRequest', async (request, reply) => {
    const verdict = await perAddress(request);
    if (!verdict.isAllowed && verdict.isExceeded) {
      void reply.header('retry-after', Math.ceil(verdict.ttlInSeconds));
      throw tooMany(verdict.max, `${Math.ceil(verdict.ttlInSeconds)} seconds`, 'from this address');
    }
  });
};
