import { type DraftText, draftSchema, type ReadQuery, readQuery } from '@hindsight/contracts';
import { type DraftId, Drafts, DRAFTS } from '@hindsight/communications';
import { NotFound } from '@hindsight/domain';
import { reportDocument } from '@hindsight/projections';
import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Access, WHO } from '../auth/access.decorator';
import { IdParam } from '../http/id-param.decorator';
import { InvalidRequest } from '../http/invalid-request';
import { ZodQuery } from '../http/zod-query.decorator';
import { ZodResponse } from '../http/zod-response.decorator';
import { ReadGate } from '../read-models/read-gate';

/** First texts for communications, filled from the report by the team's templates (docs/communications.md#drafts). */
@ApiTags('communication')
@ApiBearerAuth()
@Access(WHO.readsReports)
@Controller('postmortems/:id/drafts')
export class DraftsController {
  constructor(
    @Inject(ReadGate) private readonly gate: ReadGate,
    @Inject(Drafts) private readonly drafts: Drafts,
  ) {}

  @Get(':draft')
  @ZodResponse(draftSchema)
  draft(@IdParam('id') id: string, @Param('draft') draft: string, @ZodQuery(readQuery) { minPosition }: ReadQuery): Promise<DraftText & { position: string | null }> {
    if (!DRAFTS.some((d) => d.id === draft)) throw new InvalidRequest([{ field: 'draft', reason: `must be one of ${DRAFTS.map((d) => d.id).join(', ')}` }]);
    return this.gate.read(minPosition, (db) => {
      const report = reportDocument(db, id);
      if (!report) throw new NotFound('Report', id);
      return this.drafts.render(report, draft as DraftId);
    });
  }
}
