import type { FieldError } from '@hindsight/contracts';
import type { z } from 'zod';

/** A request that does not fit its schema: 400, naming each field and what is wrong with it. */
export class InvalidRequest extends Error {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.field}: ${e.reason}`).join('; '));
    this.name = 'InvalidRequest';
  }

  static fromZod(error: z.ZodError, prefix?: string): InvalidRequest {
    return new InvalidRequest(
      error.issues.map((issue) => ({
        field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(body)',
        reason: issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : issue.message,
      })),
    );
  }
}

/** Parses with a schema, turning a mismatch into an InvalidRequest. */
export const parseOrReject = <S extends z.ZodType>(schema: S, value: unknown, prefix?: string): z.output<S> => {
  const result = schema.safeParse(value);
  if (!result.success) throw InvalidRequest.fromZod(result.error, prefix);
  return result.data;
};
