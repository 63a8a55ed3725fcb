import { applyChanges, effectiveChanges, isEmpty } from '../collections';
import type { IdentifyCause, RetractCause, ReviseCause } from '../commands';
import type { PostmortemEvent } from '../events';
import {
  requireAbsent,
  requireCategoryOfLevel,
  requireEditable,
  requireLinked,
  requireNotReferenced,
  requirePresent,
} from '../rules';
import type { Cause, Postmortem } from '../state';

const requireValidCause = (cause: Cause, report: Postmortem): void => {
  requireCategoryOfLevel(cause.level, cause.category);
  requireLinked(report.evidence, cause.evidenceIds, 'evidence');
  requireLinked(report.timeline, cause.timelineEntryIds, 'timeline entries');
};

export const identifyCause = ({ data }: IdentifyCause, report: Postmortem): PostmortemEvent[] => {
  requireEditable(report);
  requireAbsent(report.causes, data.id, 'Cause');
  requireValidCause(data, report);
  return [{ type: 'CauseIdentified', data }];
};

export const reviseCause = ({ data }: ReviseCause, report: Postmortem): PostmortemEvent[] => {
  requireEditable(report);
  const cause = requirePresent(report.causes, data.causeId, 'Cause');
  const changes = effectiveChanges(cause, data.changes);
  if (isEmpty(changes)) return [];
  requireValidCause(applyChanges(cause, changes), report);
  return [{ type: 'CauseRevised', data: { causeId: cause.id, changes } }];
};

export const retractCause = ({ data }: RetractCause, report: Postmortem): PostmortemEvent[] => {
  requireEditable(report);
  const cause = requirePresent(report.causes, data.causeId, 'Cause');
  const addressing = report.actionItems.filter((item) => item.causeIds.includes(cause.id));
  requireNotReferenced(addressing, 'Cause', cause.id, 'action items');
  return [{ type: 'CauseRetracted', data: { causeId: cause.id, reason: data.reason } }];
};
