import { toDocument } from '@hindsight/contracts';
import { NotFound } from '@hindsight/domain';
import type { RecordedEvent } from '@hindsight/event-store';
import { Inject, Injectable } from '@nestjs/common';
import { ReportHistory } from '../../audit/report-history';
import { jsonBytesSharingItems } from '../../http/shared-items-json';
import type { CurrentReport } from '../../auth/report-teams';

/**
 * The report document as it stands now, as the JSON bytes the API sends: serialised once per
 * revision and sent as it is until the report changes (a team reads a report far more often
 * than it edits it).
 */
@Injectable()
export class DocumentText {
  /** Keyed by the last event folded in: one per revision, gone with it. */
  private readonly texts = new WeakMap<RecordedEvent, Buffer>();

  constructor(@Inject(ReportHistory) private readonly history: ReportHistory) {}

  /** `checked`: the report as the access guard just read it, if it did. */
  async current(postmortemId: string, checked?: CurrentReport): Promise<{ text: Buffer; revision: number }> {
    const { state, revision, event } = checked ?? (await this.history.current(postmortemId));
    if (state === null) throw new NotFound('Report', postmortemId);
    let text = this.texts.get(event);
    if (text === undefined) this.texts.set(event, (text = jsonBytesSharingItems(toDocument(state, { revision, position: event.position }))));
    return { text, revision };
  }
}
