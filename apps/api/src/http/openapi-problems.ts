import {
  changeReasonHeader,
  commandAcceptedSchema,
  correlationIdHeader,
  idempotencyKeyHeader,
  ifMatchHeader,
  problemSchema,
} from '@hindsight/contracts';
import type { OpenAPIObject } from '@nestjs/swagger';
import { requestSchema, responseSchema } from './zod-response.decorator';

type Operation = {
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: object }[];
  responses: Record<string, { description: string; content?: Record<string, { schema: object }> }>;
};

/** The headers every command takes (docs/api.md, Headers). */
const COMMAND_HEADERS = [
  { name: 'If-Match', schema: ifMatchHeader, description: 'the revision the editor saw, e.g. "7" (ETag); without it the command applies to the latest state' },
  { name: 'Idempotency-Key', schema: idempotencyKeyHeader, description: 'a retry with the same key and request stores nothing new and answers as the first time' },
  { name: 'X-Change-Reason', schema: changeReasonHeader, description: 'why; recorded in the event metadata' },
  { name: 'X-Correlation-Id', schema: correlationIdHeader, description: 'ties the events of one user action together; defaults to the command id' },
].map(({ name, schema, description }) => ({ name, in: 'header', required: false, description, schema: requestSchema(schema) }));

/** Which failures a route can answer: 404 only where a path names something, 503 only where a read waits for a position. */
const applies = (status: string, path: string, operation: Operation) =>
  (status !== '404' || path.includes('{')) && (status !== '503' || (operation.parameters ?? []).some((p) => p.name === 'minPosition'));

const READ_ERRORS: Record<string, string> = {
  '400': 'a parameter is malformed or implausible; `errors` names each field and why',
  '401': 'no token, or one that is unknown, expired or revoked',
  '403': "the token's roles or teams do not allow this",
  '404': 'no such report (or entity in it)',
  '429': 'too many requests from this token or address; retry after `Retry-After` seconds',
  '503': 'the read models have not reached `minPosition` within 3 s; retry',
};

const WRITE_ERRORS: Record<string, string> = {
  ...READ_ERRORS,
  '400': 'the body, a parameter or a header is malformed or implausible; `errors` names each field and why',
  '409': 'the change touches what someone changed since `If-Match`; `conflicts` lists their changes',
  '413': 'the body is over 1 MiB, or the events the command would store are over the store\'s append limit (`limit`, HINDSIGHT_MAX_APPEND_BYTES); nothing was stored',
  '415': 'the body is not `application/json`',
  '422': 'a business rule refuses the command (`rule`), or the `Idempotency-Key` was used for a different request',
  '507': 'the event store is out of space; nothing was stored',
};
delete WRITE_ERRORS['503'];

const isWrite = (method: string) => ['post', 'patch', 'put', 'delete'].includes(method);

/**
 * Completes the generated document with what holds for every route: a command answers
 * CommandAccepted, and every failure is a problem document with its status.
 */
export const withCommonResponses = (document: OpenAPIObject): OpenAPIObject => {
  document.components = { ...document.components, schemas: { ...document.components?.schemas, Problem: responseSchema(problemSchema), CommandAccepted: responseSchema(commandAcceptedSchema) } };
  const problem = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item) as [string, Operation][]) {
      if (!operation?.responses) continue;
      if (isWrite(method)) {
        operation.parameters = [...(operation.parameters ?? []), ...COMMAND_HEADERS];
        for (const [status, response] of Object.entries(operation.responses)) {
          if (status.startsWith('2') && !response.content) {
            response.description = status === '201' ? 'Created: where the report now stands' : 'Accepted: where the report now stands';
            response.content = { 'application/json': { schema: { $ref: '#/components/schemas/CommandAccepted' } } };
          }
        }
      }
      if (path.startsWith('/api/health') || path === '/metrics') continue;
      for (const [status, description] of Object.entries(isWrite(method) ? WRITE_ERRORS : READ_ERRORS)) {
        if (applies(status, path, operation)) operation.responses[status] ??= { description, content: problem };
      }
    }
  }
  return document;
};
