import { entityId } from '@hindsight/contracts';
import { Param, type PipeTransform } from '@nestjs/common';
import { parseOrReject } from './invalid-request';

/** Built once: constructing a zod schema costs more than checking an id with it, and every request checks one. */
export const ENTITY_ID = entityId();

class IdPipe implements PipeTransform {
  constructor(private readonly name: string) {}

  transform(value: unknown): string {
    return parseOrReject(ENTITY_ID, value, this.name);
  }
}

/** A path parameter that must look like an id the API hands out. */
export const IdParam = (name: string): ParameterDecorator => Param(name, new IdPipe(name));
