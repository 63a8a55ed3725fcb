import { z } from 'zod';

/** Request headers the command API reads; names in lower case as Node presents them. */
export const HEADERS = {
  ifMatch: 'if-match',
  idempotencyKey: 'idempotency-key',
  changeReason: 'x-change-reason',
  correlationId: 'x-correlation-id',
} as const;

/** The revision an editor saw: `"7"`, `W/"7"` or `7`. */
export const ifMatchHeader = z
  .string()
  .regex(/^(W\/)?"?\d{1,15}"?$/, 'must be a report revision, e.g. "7", as returned in the ETag')
  .transform((value) => Number(value.replace(/\D/g, '')));

export const idempotencyKeyHeader = z
  .string()
  .regex(/^[\x21-\x7e]{1,200}$/, 'must be 1–200 visible ASCII characters');

export const changeReasonHeader = z.string().trim().min(1).max(1_000).regex(/^[^\p{Cc}]+$/u, 'must not contain control characters');

export const correlationIdHeader = idempotencyKeyHeader;

export const etagOf = (revision: number): string => `"${revision}"`;
