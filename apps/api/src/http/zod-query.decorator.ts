import { Query, type PipeTransform } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';
import { parseOrReject } from './invalid-request';

class ZodQueryPipe implements PipeTransform {
  constructor(private readonly schema: z.ZodType) {}

  transform(value: unknown): unknown {
    return parseOrReject(this.schema, value ?? {});
  }
}

/** The query string, validated by a shared contract schema and documented parameter by parameter. */
export const ZodQuery =
  (schema: z.ZodObject): ParameterDecorator =>
  (target, key, index) => {
    Query(new ZodQueryPipe(schema))(target, key, index);
    if (key === undefined) return;
    const descriptor = Object.getOwnPropertyDescriptor(target, key) as PropertyDescriptor;
    const json = z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' }) as {
      properties: Record<string, object>;
      required?: string[];
    };
    for (const [name, property] of Object.entries(json.properties)) {
      ApiQuery({ name, schema: property, required: json.required?.includes(name) ?? false })(target, key, descriptor);
    }
  };
