import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/config';

/** Requests are counted per credential (hashed, never kept), or per address without one. */
const rateKey = (request: FastifyRequest): string => {
  const authorization = request.headers.authorization;
  return authorization ? `token:${createHash('sha256').update(authorization).digest('hex')}` : `ip:${request.ip}`;
};

/** Security headers, rate limits and the CORS allow-list, before any route sees a request. */
export const harden = async (app: NestFastifyApplication, config: AppConfig): Promise<void> => {
  await app.register(helmet, {
    contentSecurityPolicy: {
      // The embedded product is served over plain HTTP on localhost; upgrading would break it.
      directives: { upgradeInsecureRequests: null },
    },
  });
  await app.register(rateLimit, {
    max: config.rateLimitPerMinute,
    timeWindow: '1 minute',
    keyGenerator: rateKey,
    errorResponseBuilder: (_, context) =>
      Object.assign(new Error(`Rate limit of ${context.max} requests per minute reached; retry in ${context.after}`), {
        statusCode: 429,
      }),
  });
  if (config.corsOrigins.length > 0) app.enableCors({ origin: config.corsOrigins, exposedHeaders: ['etag'] });
};
