import { ApiResponse } from '@nestjs/swagger';
import { z } from 'zod';

/** The JSON schema an answer is documented with in OpenAPI, from the shared contract schema. */
export const responseSchema = (schema: z.ZodType): object =>
  z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'output', unrepresentable: 'any' }) as object;

/** The JSON schema of what a client sends (before transforms). */
export const requestSchema = (schema: z.ZodType): object =>
  z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' }) as object;

/** Documents what a read answers, from the contract schema its answer is typed by. */
export const ZodResponse = (schema: z.ZodType, description = 'OK', status = 200): MethodDecorator =>
  ApiResponse({ status, description, schema: responseSchema(schema) });
