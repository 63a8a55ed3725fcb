import type { Problem } from '@hindsight/contracts';
import { DomainRuleViolation, NotFound } from '@hindsight/domain';
import { AppendTooLargeError, DuplicateEventIdError, StoreFullError, WrongExpectedRevisionError } from '@hindsight/event-store';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Forbidden, Unauthenticated } from '../auth/auth-errors';
import { TooManySignInFailures } from '../auth/sign-in-failures';
import { EditConflict } from '../postmortems/commands/edit-conflict';
import { IdempotencyKeyReused } from '../postmortems/commands/idempotency-key-reused';
import { ReadModelsBehind } from '../read-models/read-gate';
import { InvalidRequest } from './invalid-request';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
  507: 'Insufficient Storage',
};

const problem = (status: number, detail: string, extra: Partial<Problem> = {}): Problem => ({
  type: 'about:blank',
  title: TITLES[status] ?? 'Error',
  status,
  detail,
  ...extra,
});

/** Translates every failure into RFC 9457 problem details; internals never reach the client. */
export const toProblem = (error: unknown): Problem => {
  if (error instanceof InvalidRequest) return problem(400, `The request is invalid: ${error.message}`, { errors: error.errors });
  if (error instanceof Unauthenticated) return problem(401, error.message);
  if (error instanceof Forbidden) return problem(403, error.message);
  if (error instanceof TooManySignInFailures) return problem(429, error.message);
  if (error instanceof NotFound) return problem(404, error.message);
  if (error instanceof DomainRuleViolation) return problem(422, error.message, { rule: error.rule });
  if (error instanceof EditConflict) {
    return problem(409, error.message, {
      currentRevision: error.currentRevision,
      conflicts: error.conflicts.map((e) => ({
        revision: Number(e.revision),
        type: e.type,
        actor: e.metadata.actor,
        timestamp: e.metadata.timestamp,
        ...(e.metadata.reason ? { reason: e.metadata.reason } : {}),
      })),
    });
  }
  if (error instanceof WrongExpectedRevisionError) return problem(409, 'The report is being changed by others right now; retry');
  // Event ids derive from the key, so the same key on another report's command collides in the store.
  if (error instanceof DuplicateEventIdError) error = new IdempotencyKeyReused();
  if (error instanceof IdempotencyKeyReused) return problem(422, error.message, { rule: error.rule });
  if (error instanceof ReadModelsBehind) return problem(503, error.message);
  if (error instanceof StoreFullError) return problem(507, 'The event store is out of space; nothing was stored');
  if (error instanceof AppendTooLargeError) {
    return problem(413, `The events this command would store are ${error.bytes} bytes; the store takes at most ${error.limit} in one append. Nothing was stored`, { limit: error.limit });
  }
  if (error instanceof HttpException) return problem(error.getStatus(), error.message);
  const fastify = error as { statusCode?: number; message?: string };
  if (typeof fastify.statusCode === 'number' && fastify.statusCode >= 400 && fastify.statusCode < 500) {
    return problem(fastify.statusCode, fastify.message ?? 'The request is invalid');
  }
  return problem(500, 'Something went wrong on our side; the error was logged');
};

export const sendProblem = (reply: FastifyReply, body: Problem): void => {
  void reply.status(body.status).header('content-type', 'application/problem+json; charset=utf-8').send(body);
};

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(error: unknown, host: ArgumentsHost): void {
    const body = toProblem(error);
    if (body.status >= 500) this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    if (error instanceof Unauthenticated) this.logger.warn(`unauthenticated: ${error.reason}`);
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (body.status === 401) reply.header('www-authenticate', 'Bearer');
    if (error instanceof TooManySignInFailures) reply.header('retry-after', String(error.retryAfterSeconds));
    sendProblem(reply, body);
  }
}
