import { Body, type PipeTransform } from '@nestjs/common';
import { ApiBody } from '@nestjs/swagger';
import { z } from 'zod';
import { parseOrReject } from './invalid-request';

class ZodPipe implements PipeTransform {
  constructor(private readonly schema: z.ZodType) {}

  transform(value: unknown): unknown {
    // A request without a body arrives as undefined; schemas of empty commands accept {}.
    return parseOrReject(this.schema, value ?? {});
  }
}

/** The request body, validated by a shared contract schema and documented in OpenAPI from it. */
export const ZodBody =
  (schema: z.ZodType): ParameterDecorator =>
  (target, key, index) => {
    Body(new ZodPipe(schema))(target, key, index);
    if (key !== undefined) {
      const descriptor = Object.getOwnPropertyDescriptor(target, key) as PropertyDescriptor;
      const jsonSchema = z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' });
      ApiBody({ schema: jsonSchema as object })(target, key, descriptor);
    }
  };
