import type { Postmortem } from '@hindsight/domain';
import type { TemplateFiles } from '../templates/template-files';
import { externalContext, internalContext } from './draft-contexts';

export const DRAFTS = [
  { id: 'internal-summary', title: 'Internal summary', audience: 'internal' },
  { id: 'meeting-agenda', title: 'Review meeting agenda', audience: 'internal' },
  { id: 'customer-notice', title: 'Customer notification', audience: 'external' },
  { id: 'status-summary', title: 'Status-page summary', audience: 'external' },
  { id: 'regulatory-report', title: 'Regulatory report', audience: 'external' },
] as const;
export type DraftId = (typeof DRAFTS)[number]['id'];

export interface Draft {
  draft: DraftId;
  title: string;
  audience: 'internal' | 'external';
  subject: string;
  text: string;
}

/**
 * A communication's first text, filled from the report by a template file (`drafts/<id>.hbs`)
 * a team may replace. Drafts for outside readers get the external context only.
 */
export class Drafts {
  constructor(
    private readonly templates: TemplateFiles,
    private readonly organisation: string,
  ) {}

  render(report: Postmortem, id: DraftId): Draft {
    const draft = DRAFTS.find((d) => d.id === id) ?? DRAFTS[0];
    const context = draft.audience === 'external' ? externalContext(report, this.organisation) : internalContext(report, this.organisation);
    const text = this.templates.render(`drafts/${draft.id}`, context, { text: true }).trim();
    const subject = draft.audience === 'external' ? `${this.organisation}: incident affecting ${context.services}` : report.facts.title;
    return { draft: draft.id, title: draft.title, audience: draft.audience, subject, text };
  }
}
