import { type ListReportsQuery, listReportsQuery, type ReportList, reportListSchema } from '@hindsight/contracts';
import { type Principal, readableTeams } from '@hindsight/identity';
import { listReports } from '@hindsight/projections';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Access, WHO } from '../auth/access.decorator';
import { Caller } from '../auth/caller.decorator';
import { ZodQuery } from '../http/zod-query.decorator';
import { ZodResponse } from '../http/zod-response.decorator';
import { ReadGate } from './read-gate';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('postmortems')
export class ReportListController {
  constructor(@Inject(ReadGate) private readonly gate: ReadGate) {}

  /** Reports, newest incident first, filtered and searched (full text over title, impact, timeline, causes). */
  @Get()
  @ZodResponse(reportListSchema)
  @Access(WHO.readsReports, 'none')
  list(@ZodQuery(listReportsQuery) { minPosition, ...filters }: ListReportsQuery, @Caller() caller: Principal): Promise<ReportList> {
    return this.gate.read(minPosition, (db) => listReports(db, { ...filters, teams: readableTeams(caller) }));
  }
}
