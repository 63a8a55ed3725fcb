import { DomainRuleViolation } from './errors';
import type { PostmortemEventType } from './events';

/** Who wrote a report: the one who drafted it, and the one whose change came last. */
export interface Authorship {
  author: string;
  lastEditor: string;
}

/** Moving a report through review is not editing it. */
const REVIEW_STEPS: readonly PostmortemEventType[] = ['ReviewRequested', 'ChangesRequested', 'ReportApproved', 'PostmortemPublished', 'PostmortemReopened'];

/** Authorship after one more recorded change by `actor`. */
export const authorshipAfter = (before: Authorship | undefined, change: { type: PostmortemEventType; actor: string }): Authorship => {
  if (!before) return { author: change.actor, lastEditor: change.actor };
  return REVIEW_STEPS.includes(change.type) ? before : { ...before, lastEditor: change.actor };
};

/**
 * Four eyes: the approver of a report is neither its author nor the last person to edit it,
 * so nobody approves their own words, whatever roles they hold.
 */
export const requireIndependentApprover = (approver: string, { author, lastEditor }: Authorship): void => {
  const own = approver === author ? 'drafted' : approver === lastEditor ? 'last edited' : undefined;
  if (own) {
    throw new DomainRuleViolation('separation_of_duties', `${approver} ${own} this report and cannot also approve it; another reviewer must`);
  }
};
