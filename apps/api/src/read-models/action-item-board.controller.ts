import { type ActionItemBoardQuery, actionItemBoardQuery, type ActionItemBoard, actionItemBoardSchema } from '@hindsight/contracts';
import { type Principal, readableTeams } from '@hindsight/identity';
import { actionItemBoardPage } from '@hindsight/projections';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Access, WHO } from '../auth/access.decorator';
import { Caller } from '../auth/caller.decorator';
import { Clock } from '../clock';
import { ZodQuery } from '../http/zod-query.decorator';
import { ZodResponse } from '../http/zod-response.decorator';
import { ReadGate } from './read-gate';

@ApiTags('action items')
@ApiBearerAuth()
@Controller('action-items')
export class ActionItemBoardController {
  constructor(
    @Inject(ReadGate) private readonly gate: ReadGate,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** Action items across reports, a page at a time: by default open ones first, by priority, then due date; overdue = due date passed and not done. */
  @Get()
  @ZodResponse(actionItemBoardSchema)
  @Access(WHO.readsReports, 'none')
  board(@ZodQuery(actionItemBoardQuery) { minPosition, sort, order, limit, offset, ...filters }: ActionItemBoardQuery, @Caller() caller: Principal): Promise<ActionItemBoard> {
    return this.gate.read(minPosition, (db) => actionItemBoardPage(db, { ...filters, teams: readableTeams(caller) }, { sort, order, limit, offset }, this.clock.now()));
  }
}
