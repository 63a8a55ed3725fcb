import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '../config/config';
import { etagFromRevision } from '../http/revision-etag';
import { acceptJsonOnly, acceptUploads } from './json-only';
import { forbidCaching } from './no-store';
import { limitRates } from './rate-limits';

/** Security headers, rate limits, JSON-only bodies, no caching, revisions as ETags and the CORS allow-list, before any route sees a request. */
export const harden = async (app: NestFastifyApplication, config: AppConfig): Promise<void> => {
  const fastify = app.getHttpAdapter().getInstance();
  addSecurityHeaders(fastify);
  await limitRates(app, config);
  acceptJsonOnly(fastify);
  acceptUploads(fastify);
  forbidCaching(fastify);
  etagFromRevision(fastify);
  if (config.corsOrigins.length > 0) app.enableCors({ origin: config.corsOrigins, exposedHeaders: ['etag'] });
};

/**
 * Helmet's headers on every answer. Its middleware is built once here: the Fastify plugin built
 * it (parsing the policy's directives) again for every request, 6 % of a document read's time.
 */
const addSecurityHeaders = (fastify: FastifyInstance): void => {
  const secure = helmet({
    contentSecurityPolicy: {
      // The embedded product is served over plain HTTP on localhost; upgrading would break it.
      // Evidence pictures are fetched with the token and shown from blob: URLs.
      directives: { upgradeInsecureRequests: null, imgSrc: ["'self'", 'data:', 'blob:'] },
    },
  });
  fastify.addHook('onRequest', (request, reply, done) => secure(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined)));
};
