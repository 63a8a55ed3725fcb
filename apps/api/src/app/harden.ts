import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '../config/config';
import { acceptJsonOnly, acceptUploads } from './json-only';
import { forbidCaching } from './no-store';
import { limitRates } from './rate-limits';

/** Security headers, rate limits, JSON-only bodies, no caching and the CORS allow-list, before any route sees a request. */
export const harden = async (app: NestFastifyApplication, config: AppConfig): Promise<void> => {
  await app.register(helmet, {
    contentSecurityPolicy: {
      // The embedded product is served over plain HTTP on localhost; upgrading would break it.
      // Evidence pictures are fetched with the token and shown from blob: URLs.
      directives: { upgradeInsecureRequests: null, imgSrc: ["'self'", 'data:', 'blob:'] },
    },
  });
  await limitRates(app, config);
  const fastify = app.getHttpAdapter().getInstance();
  acceptJsonOnly(fastify);
  acceptUploads(fastify);
  forbidCaching(fastify);
  if (config.corsOrigins.length > 0) app.enableCors({ origin: config.corsOrigins, exposedHeaders: ['etag'] });
};
