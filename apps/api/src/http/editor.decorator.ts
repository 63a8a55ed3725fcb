import {
  changeReasonHeader,
  correlationIdHeader,
  HEADERS,
  idempotencyKeyHeader,
  ifMatchHeader,
} from '@hindsight/contracts';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { AuthenticatedRequest } from '../auth/access.guard';
import { principalOf } from '../auth/caller.decorator';
import type { EditorContext } from '../postmortems/commands/editor-context';
import { commandIdFor, entityIdFor } from '../postmortems/commands/event-ids';
import { parseOrReject } from './invalid-request';
import { fingerprintOf } from './request-fingerprint';

const optionalHeader = (request: FastifyRequest, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
};

/**
 * Who is editing and on what basis. The actor is the authenticated principal, never
 * anything the request says about itself; the rest comes from the headers.
 */
export const editorFrom = (request: AuthenticatedRequest): EditorContext => {
  const header = (name: string, schema: Parameters<typeof parseOrReject>[0]) => {
    const value = optionalHeader(request, name);
    return value === undefined ? undefined : parseOrReject(schema, value, name);
  };
  const actor = principalOf(request).subject;
  const idempotencyKey = header(HEADERS.idempotencyKey, idempotencyKeyHeader) as string | undefined;
  const commandId = idempotencyKey === undefined ? randomUUID() : commandIdFor(actor, idempotencyKey);
  const requestDigest = idempotencyKey === undefined ? undefined : fingerprintOf(request);
  const reason = header(HEADERS.changeReason, changeReasonHeader) as string | undefined;
  const basedOnRevision = header(HEADERS.ifMatch, ifMatchHeader) as number | undefined;
  return {
    actor,
    commandId,
    newId: entityIdFor(commandId),
    correlationId: (header(HEADERS.correlationId, correlationIdHeader) as string | undefined) ?? commandId,
    ...(basedOnRevision === undefined ? {} : { basedOnRevision }),
    ...(reason === undefined ? {} : { reason }),
    ...(requestDigest === undefined ? {} : { requestDigest }),
  };
};

export const Editor = createParamDecorator((_: unknown, context: ExecutionContext) =>
  editorFrom(context.switchToHttp().getRequest<AuthenticatedRequest>()),
);
