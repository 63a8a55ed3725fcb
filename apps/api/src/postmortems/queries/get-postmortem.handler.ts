import { type PostmortemDocument, toDocument } from '@hindsight/contracts';
import { NotFound } from '@hindsight/domain';
import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReportHistory } from '../../audit/report-history';
import { GetPostmortemQuery } from './get-postmortem.query';

/**
 * The report as it stands now, folded from its events (never a read model), so its revision
 * and ETag are exact; only the events since this process last folded it are read.
 */
@QueryHandler(GetPostmortemQuery)
export class GetPostmortemHandler implements IQueryHandler<GetPostmortemQuery> {
  constructor(@Inject(ReportHistory) private readonly history: ReportHistory) {}

  async execute({ postmortemId }: GetPostmortemQuery): Promise<PostmortemDocument> {
    const { state, revision, event } = await this.history.current(postmortemId);
    if (state === null) throw new NotFound('Report', postmortemId);
    return toDocument(state, { revision, position: event.position });
  }
}
