import type { PostmortemDocument } from '@hindsight/contracts';
import { fold, NotFound } from '@hindsight/domain';
import type { EventStore } from '@hindsight/event-store';
import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { toDomainEvent } from '../stored-events';
import { EVENT_STORE, streamOf } from '../tokens';
import { GetPostmortemQuery } from './get-postmortem.query';

/** The report as of now, folded from its events (read models replace this in the projections work). */
@QueryHandler(GetPostmortemQuery)
export class GetPostmortemHandler implements IQueryHandler<GetPostmortemQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ postmortemId }: GetPostmortemQuery): Promise<PostmortemDocument> {
    const history = await this.store.readStream(streamOf(postmortemId));
    const report = fold(history.map(toDomainEvent));
    const head = history.at(-1);
    if (report === null || head === undefined) throw new NotFound('Report', postmortemId);
    return { ...report, revision: Number(head.revision), position: head.position };
  }
}
