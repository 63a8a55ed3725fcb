import { entityId } from '@hindsight/contracts';
import { Param, type PipeTransform } from '@nestjs/common';
import { parseOrReject } from './invalid-request';

class IdPipe implements PipeTransform {
  constructor(private readonly name: string) {}

  transform(value: unknown): string {
    return parseOrReject(entityId(), value, this.name);
  }
}

/** A path parameter that must look like an id the API hands out. */
export const IdParam = (name: string): ParameterDecorator => Param(name, new IdPipe(name));
