import { Inject, Injectable } from '@nestjs/common';
import { NotFound } from '@hindsight/domain';
import { ReportHistory } from '../audit/report-history';

export type CurrentReport = Awaited<ReturnType<ReportHistory['current']>>;

/**
 * A report as it stands now (folded from its events), whose team scopes what editors and
 * reviewers may do to it. The access guard keeps it on the request for the route to reuse.
 */
@Injectable()
export class ReportTeams {
  constructor(@Inject(ReportHistory) private readonly history: ReportHistory) {}

  /** Undefined for a report that does not exist: the route then answers 404 itself. */
  async reportOf(postmortemId: string): Promise<CurrentReport | undefined> {
    try {
      return await this.history.current(postmortemId);
    } catch (error) {
      if (error instanceof NotFound) return undefined;
      throw error;
    }
  }
}
