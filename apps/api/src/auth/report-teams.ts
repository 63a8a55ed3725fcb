import { Inject, Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { NotFound } from '@hindsight/domain';
import { GetPostmortemQuery } from '../postmortems/queries/get-postmortem.query';

/** The team a report belongs to (folded from its events, as of now), which scopes what editors and reviewers may do to it. */
@Injectable()
export class ReportTeams {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  /** Undefined for a report that does not exist: the route then answers 404 itself. */
  async teamOf(postmortemId: string): Promise<string | undefined> {
    try {
      return (await this.queries.execute(new GetPostmortemQuery(postmortemId))).facts.team;
    } catch (error) {
      if (error instanceof NotFound) return undefined;
      throw error;
    }
  }
}
