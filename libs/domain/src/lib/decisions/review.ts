import type { ApproveReport, PublishReport, ReopenReport, RequestChanges, SubmitForReview } from '../commands';
import { DomainRuleViolation } from '../errors';
import type { PostmortemEvent } from '../events';
import type { Postmortem } from '../state';
import type { ReportStatus } from '../values';

/* draft → in_review → approved → published; changes can be requested in review, a published report reopened. */

export const submitForReview = (_: SubmitForReview, report: Postmortem): PostmortemEvent[] => {
  requireStatus(report, ['draft'], 'submitted for review');
  requireReadyForReview(report);
  return [{ type: 'ReviewRequested', data: {} }];
};

export const requestChanges = ({ data }: RequestChanges, report: Postmortem): PostmortemEvent[] => {
  requireStatus(report, ['in_review', 'approved'], 'sent back for changes');
  return [{ type: 'ChangesRequested', data: { reason: data.reason } }];
};

export const approveReport = ({ data }: ApproveReport, report: Postmortem): PostmortemEvent[] => {
  requireStatus(report, ['in_review'], 'approved');
  return [{ type: 'ReportApproved', data }];
};

export const publishReport = ({ data }: PublishReport, report: Postmortem): PostmortemEvent[] => {
  requireStatus(report, ['approved'], 'published');
  return [{ type: 'PostmortemPublished', data }];
};

export const reopenReport = ({ data }: ReopenReport, report: Postmortem): PostmortemEvent[] => {
  requireStatus(report, ['published'], 'reopened');
  return [{ type: 'PostmortemReopened', data: { reason: data.reason } }];
};

const requireStatus = (report: Postmortem, allowed: ReportStatus[], transition: string): void => {
  if (!allowed.includes(report.status)) {
    throw new DomainRuleViolation(
      'invalid_transition',
      `A ${report.status.replace('_', ' ')} report cannot be ${transition}; it must be ${allowed.join(' or ')}`,
    );
  }
};

/** A review needs something to review: a resolved incident, its story, its causes, and owned actions. */
const requireReadyForReview = (report: Postmortem): void => {
  const gaps = [
    !report.facts.resolvedAt && 'the resolution time',
    report.timeline.length === 0 && 'a timeline entry',
    report.causes.length === 0 && 'a cause',
    ...report.actionItems
      .filter((item) => (item.status === 'open' || item.status === 'in_progress') && (!item.owner || !item.dueDate))
      .map((item) => `an owner and due date for action item '${item.id}'`),
  ].filter((gap): gap is string => typeof gap === 'string');
  if (gaps.length > 0) {
    throw new DomainRuleViolation('not_ready_for_review', `The report needs ${gaps.join(', ')} before review`);
  }
};
