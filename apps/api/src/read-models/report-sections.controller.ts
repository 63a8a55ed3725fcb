import {
  type ReadQuery,
  readQuery,
  type TimelineView,
  type CausesView,
  type ActionItemBoard,
  actionItemBoardSchema,
  causesViewSchema,
  communicationsViewSchema,
  type RelatedIncidents,
  relatedIncidentsSchema,
  timelineViewSchema,
} from '@hindsight/contracts';
import { actionItemBoard, relatedIncidents, reportCauses, reportCommunications, reportTimeline } from '@hindsight/projections';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type Principal, readableTeams } from '@hindsight/identity';
import { Access, WHO } from '../auth/access.decorator';
import { Caller } from '../auth/caller.decorator';
import { Clock } from '../clock';
import { IdParam } from '../http/id-param.decorator';
import { ZodQuery } from '../http/zod-query.decorator';
import { ZodResponse } from '../http/zod-response.decorator';
import { ReadGate } from './read-gate';

/** One report's sections from the read models. */
@ApiTags('reports')
@ApiBearerAuth()
@Access(WHO.readsReports)
@Controller('postmortems/:id')
export class ReportSectionsController {
  constructor(
    @Inject(ReadGate) private readonly gate: ReadGate,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** Entries in time order with the gap since the previous one, and time to detect / mitigate / resolve. */
  @Get('timeline')
  @ZodResponse(timelineViewSchema)
  timeline(@IdParam('id') id: string, @ZodQuery(readQuery) { minPosition }: ReadQuery): Promise<TimelineView> {
    return this.gate.read(minPosition, (db) => reportTimeline(db, id));
  }

  /** Causes by level with their evidence and timeline links. */
  @Get('causes')
  @ZodResponse(causesViewSchema)
  causes(@IdParam('id') id: string, @ZodQuery(readQuery) { minPosition }: ReadQuery): Promise<CausesView> {
    return this.gate.read(minPosition, (db) => ({ levels: reportCauses(db, id) }));
  }

  /** The report's action items, highest priority first, with the factors of each priority. */
  @Get('action-items')
  @ZodResponse(actionItemBoardSchema)
  actionItems(@IdParam('id') id: string, @ZodQuery(readQuery) { minPosition }: ReadQuery, @Caller() caller: Principal): Promise<ActionItemBoard> {
    return this.gate.read(minPosition, (db) => ({ items: actionItemBoard(db, { reportId: id, teams: readableTeams(caller) }, this.clock.now()) }));
  }

  /** Earlier incidents sharing a cause category or a service, with their open action items (only those the caller may read). */
  @Get('related')
  @ZodResponse(relatedIncidentsSchema)
  related(@IdParam('id') id: string, @ZodQuery(readQuery) { minPosition }: ReadQuery, @Caller() caller: Principal): Promise<RelatedIncidents> {
    return this.gate.read(minPosition, (db) => ({ items: relatedIncidents(db, id, this.clock.now(), readableTeams(caller)) }));
  }

  /** Stakeholders, communications, and what is planned but not yet sent. */
  @Get('communications')
  @ZodResponse(communicationsViewSchema)
  communications(@IdParam('id') id: string, @ZodQuery(readQuery) { minPosition }: ReadQuery) {
    return this.gate.read(minPosition, (db) => reportCommunications(db, id));
  }
}
