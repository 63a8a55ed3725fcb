import { type MyWork, myWorkSchema, type Notices, noticesSchema, type ReadQuery, readQuery } from '@hindsight/contracts';
import { type Principal, readableTeams } from '@hindsight/identity';
import { myWork, noticesFor } from '@hindsight/projections';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Access, WHO } from '../auth/access.decorator';
import { Caller } from '../auth/caller.decorator';
import { Clock } from '../clock';
import { ZodQuery } from '../http/zod-query.decorator';
import { ZodResponse } from '../http/zod-response.decorator';
import { ReadGate } from './read-gate';

const NOTICES_SHOWN = 30;

@ApiTags('reports')
@ApiBearerAuth()
@Controller('me')
export class MyWorkController {
  constructor(
    @Inject(ReadGate) private readonly gate: ReadGate,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** What needs the caller now: reviews waiting, their overdue and due-soon items, stale drafts, communications past due. */
  @Get('work')
  @ZodResponse(myWorkSchema)
  @Access(WHO.readsReports, 'none')
  work(@ZodQuery(readQuery) { minPosition }: ReadQuery, @Caller() caller: Principal): Promise<MyWork> {
    const worker = { subject: caller.subject, teams: caller.teams, readable: readableTeams(caller), reviews: caller.roles.includes('reviewer') || caller.roles.includes('admin') };
    return this.gate.read(minPosition, (db) => myWork(db, worker, this.clock.now()));
  }

  /** What the caller should hear of: communications sent to them (as the address they sign in with), action items assigned to them. */
  @Get('notices')
  @ZodResponse(noticesSchema)
  @Access(WHO.anyone, 'none')
  notices(@ZodQuery(readQuery) { minPosition }: ReadQuery, @Caller() caller: Principal): Promise<Notices> {
    return this.gate.read(minPosition, (db) => ({ notices: noticesFor(db, caller.subject, readableTeams(caller), NOTICES_SHOWN) }));
  }
}
