import type { FastifyInstance } from 'fastify';
import { isApiPath } from './client-routes';

/**
 * Nothing the API answers may be kept by a browser or a shared cache: reports, exports and
 * errors all depend on who asked. The dashboard's static files keep their own caching.
 */
export const forbidCaching = (fastify: FastifyInstance): void => {
  fastify.addHook('onSend', async (request, reply) => {
    if (isApiPath(request.url)) void reply.header('cache-control', 'no-store');
  });
};
