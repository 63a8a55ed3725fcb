import { etagOf } from '@hindsight/contracts';
import type { FastifyInstance } from 'fastify';

/**
 * Every answer that states a report revision also carries it as the ETag, ready for If-Match.
 * A Fastify hook on the object about to be serialised, rather than a Nest interceptor: an
 * interceptor wraps every request of every route in an observable and an async resource.
 */
export const etagFromRevision = (fastify: FastifyInstance): void => {
  fastify.addHook('preSerialization', async (_request, reply, payload: unknown) => {
    const revision = (payload as { revision?: unknown } | null)?.revision;
    if (typeof revision === 'number' && !reply.hasHeader('etag')) void reply.header('etag', etagOf(revision));
    return payload;
  });
};
