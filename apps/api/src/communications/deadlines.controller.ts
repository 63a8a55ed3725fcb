import { type Deadlines, deadlinesSchema, type ReadQuery, readQuery, type Regimes, regimesSchema, type RegulatoryTrends, regulatoryTrendsSchema } from '@hindsight/contracts';
import { RegulatoryClocks } from '@hindsight/communications';
import { NotFound } from '@hindsight/domain';
import { type Principal, readableTeams } from '@hindsight/identity';
import { regulatedReports, reportDocument } from '@hindsight/projections';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Access, WHO } from '../auth/access.decorator';
import { Caller } from '../auth/caller.decorator';
import { Clock } from '../clock';
import { IdParam } from '../http/id-param.decorator';
import { ZodQuery } from '../http/zod-query.decorator';
import { ZodResponse } from '../http/zod-response.decorator';
import { ReadGate } from '../read-models/read-gate';
import { onTime } from './on-time';

/** Regulatory deadlines: one report's, and how often they were met across reports (docs/communications.md#regulatory-clocks). */
@ApiTags('regulatory')
@ApiBearerAuth()
@Controller()
export class DeadlinesController {
  constructor(
    @Inject(ReadGate) private readonly gate: ReadGate,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(RegulatoryClocks) private readonly clocks: RegulatoryClocks,
  ) {}

  /** The regimes a report may be held to, and the stages a filing may name. */
  @Get('regimes')
  @ZodResponse(regimesSchema)
  @Access(WHO.anyone, 'none')
  regimes(): Regimes {
    return { regimes: this.clocks.regimes.map(({ id, name, source, stages }) => ({ id, name, source, stages: stages.map((s) => ({ id: s.id, name: s.name })) })) };
  }

  /** Per regime the report is held to: each stage's deadline, how it was reached, and whether it was met. */
  @Get('postmortems/:id/deadlines')
  @ZodResponse(deadlinesSchema)
  @Access(WHO.readsReports)
  deadlines(@IdParam('id') id: string, @ZodQuery(readQuery) { minPosition }: ReadQuery): Promise<Deadlines> {
    const now = this.clock.now();
    return this.gate.read(minPosition, (db) => {
      const report = reportDocument(db, id);
      if (!report) throw new NotFound('Report', id);
      return { asOf: now.toISOString(), regimes: this.clocks.of(report, now) };
    });
  }

  /** Per regime, over the reports the caller may read: deadlines met, late, overdue and still due, and the on-time rate. */
  @Get('trends/regulatory')
  @ZodResponse(regulatoryTrendsSchema)
  @Access(WHO.readsReports, 'none')
  regulatory(@ZodQuery(readQuery) { minPosition }: ReadQuery, @Caller() caller: Principal): Promise<RegulatoryTrends> {
    const now = this.clock.now();
    return this.gate.read(minPosition, (db) => ({
      asOf: now.toISOString(),
      regimes: onTime(regulatedReports(db, readableTeams(caller)).flatMap((report) => this.clocks.of(report, now)), this.clocks.regimes),
    }));
  }
}
