import type { FastifyInstance } from 'fastify';

/**
 * Nothing the API answers may be kept by a browser or a shared cache: reports, exports and
 * errors all depend on who asked. The dashboard's static files keep their own caching.
 */
export const forbidCaching = (fastify: FastifyInstance): void => {
  fastify.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') || request.url === '/api') void reply.header('cache-control', 'no-store');
  });
};
