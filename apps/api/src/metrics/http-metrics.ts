import type { FastifyInstance } from 'fastify';
import type { Metrics } from './metrics';

/** Every answered request, labelled by its route pattern (never the raw URL, which would explode the series). */
export const measureRequests = (fastify: FastifyInstance, metrics: Metrics): void => {
  fastify.addHook('onResponse', async (request, reply) => {
    const labels = { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) };
    metrics.requests.inc(labels);
    metrics.requestDuration.observe(labels, reply.elapsedTime / 1000);
  });
};
