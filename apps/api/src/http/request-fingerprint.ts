import canonicalize from 'canonicalize';
import type { FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { InvalidRequest } from './invalid-request';

/**
 * What makes two requests "the same request" for an Idempotency-Key, as Stripe defines it:
 * the method, the path and the body, the body in canonical JSON (RFC 8785) so that key order
 * and spacing do not matter.
 */
export const fingerprintOf = (request: FastifyRequest): string => {
  const path = request.url.split('?')[0];
  let content: string;
  try {
    content = canonicalize({ method: request.method, path, body: request.body ?? null }) ?? '';
  } catch {
    // Only a body nested thousands deep exhausts the stack; no command schema takes one.
    throw new InvalidRequest([{ field: '(body)', reason: 'is nested too deeply' }]);
  }
  return createHash('sha256').update(content).digest('hex');
};
