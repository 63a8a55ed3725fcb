import { type TrendsQuery, trendsQuery, type Trends, trendsSchema } from '@hindsight/contracts';
import { type Principal, readableTeams } from '@hindsight/identity';
import { TrendsIndex, trendsOf } from '@hindsight/projections';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Access, WHO } from '../auth/access.decorator';
import { Caller } from '../auth/caller.decorator';
import { Clock } from '../clock';
import { ZodQuery } from '../http/zod-query.decorator';
import { ZodResponse } from '../http/zod-response.decorator';
import { ReadGate } from './read-gate';

@ApiTags('trends')
@ApiBearerAuth()
@Controller('trends')
export class TrendsController {
  constructor(
    @Inject(ReadGate) private readonly gate: ReadGate,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(TrendsIndex) private readonly index: TrendsIndex,
  ) {}

  /**
   * Per month, service, team or severity: incidents, time to detect and to resolve (median, p90),
   * time from resolution to published review, cause categories (recurring or not), action-item follow-through.
   */
  @Get()
  @ZodResponse(trendsSchema)
  @Access(WHO.readsReports, 'none')
  trends(@ZodQuery(trendsQuery) { minPosition, ...filters }: TrendsQuery, @Caller() caller: Principal): Promise<Trends> {
    return this.gate.read(minPosition, () => ({ groupBy: filters.groupBy, groups: trendsOf(this.index, { ...filters, teams: readableTeams(caller) }, this.clock.now()) }));
  }
}
