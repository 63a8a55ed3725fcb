import { NestFactory } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '../config/config';
import { serveOpenApi } from '../http/openapi';
import { measureRequests } from '../metrics/http-metrics';
import { Metrics } from '../metrics/metrics';
import { sendProblem, toProblem } from '../http/problem.filter';
import { AppModule } from './app.module';
import { rewriteClientRoutes } from './client-routes';
import { harden } from './harden';

/** Served at the root, where the tools that call them look (Prometheus scrapes /metrics; RFC 8615 well-known addresses; the public status page). */
export const UNPREFIXED = ['metrics', '.well-known/hindsight-log-keys', 'status', 'status/{*rest}'] as const;

/** 1 MiB is far above any real command; larger bodies get 413 before they are parsed. */
const BODY_LIMIT_BYTES = 1024 * 1024;

/** The whole application, initialised but not yet listening (tests and main share this). */
export const createApp = async (config: AppConfig): Promise<NestFastifyApplication> => {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.register(config),
    // Live-update streams stay open; closing must not wait for their clients.
    new FastifyAdapter({
      bodyLimit: BODY_LIMIT_BYTES,
      forceCloseConnections: true,
      // A path Fastify cannot even decode ('%' alone, bad escapes) gets the same problem document as every other error.
      frameworkErrors: (error: Error, _request: unknown, reply: FastifyReply) => sendProblem(reply, toProblem(Object.assign(error, { statusCode: 400, message: 'The path is not valid: it has a malformed %-escape' }))),
      ...(config.dashboardDir ? { rewriteUrl: rewriteClientRoutes } : {}),
    }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  await harden(app, config);
  // Before the routes exist: Fastify gives a route the hooks added before it.
  measureRequests(app.getHttpAdapter().getInstance(), app.get(Metrics));
  // Prometheus looks for /metrics; everything else lives under /api.
  app.setGlobalPrefix('api', { exclude: [...UNPREFIXED] });
  app.enableShutdownHooks();
  if (config.apiDocs) serveOpenApi(app);
  if (config.dashboardDir) app.useStaticAssets({ root: config.dashboardDir, prefix: '/' });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
};
