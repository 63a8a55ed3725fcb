import { type Me, meSchema } from '@hindsight/contracts';
import type { Principal } from '@hindsight/identity';
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from '../http/zod-response.decorator';
import { Access, WHO } from './access.decorator';
import { Caller } from './caller.decorator';

@ApiTags('operations')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  /** Who the token belongs to: what the dashboard shows after sign-in. */
  @Get()
  @ZodResponse(meSchema)
  @Access(WHO.anyone, 'none')
  me(@Caller() { subject, roles, teams, via }: Principal): Me {
    return { subject, roles, teams, via };
  }
}
