import { Inject, Injectable } from '@nestjs/common';
import { NotFound } from '@hindsight/domain';
import { ReportHistory } from '../audit/report-history';

/** The team a report belongs to (folded from its events, as of now), which scopes what editors and reviewers may do to it. */
@Injectable()
export class ReportTeams {
  constructor(@Inject(ReportHistory) private readonly history: ReportHistory) {}

  /** Undefined for a report that does not exist: the route then answers 404 itself. */
  async teamOf(postmortemId: string): Promise<string | undefined> {
    try {
      return (await this.history.current(postmortemId)).state?.facts.team;
    } catch (error) {
      if (error instanceof NotFound) return undefined;
      throw error;
    }
  }
}
