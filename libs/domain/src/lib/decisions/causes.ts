import { applyChanges, effectiveChanges, isEmpty } from '../collections';
import type { IdentifyCause, RetractCause, ReviseCause } from '../commands';
import type { PostmortemEvent } from '../events';
import {
  requireAbsent,
  requireEditable,
  requireLinked,
  requireNotReferenced,
  requirePresent,
} from '../rules';
import type { Cause, Postmortem } from '../state';
import { requireCategoryOfLevel } from '../taxonomy';
import type { CommandPolicy } from '../policy';

const requireValidLinks = (cause: Cause, report: Postmortem): void => {
  requireLinked(report.evidence, cause.evidenceIds, 'evidence');
  requireLinked(report.timeline, cause.timelineEntryIds, 'timeline entries');
};

export const identifyCause = ({ data }: IdentifyCause, report: Postmortem, { taxonomy }: CommandPolicy): PostmortemEvent[] => {
  requireEditable(report);
  requireAbsent(report.causes, data.id, 'Cause');
  requireCategoryOfLevel(data.level, data.category, taxonomy);
  requireValidLinks(data, report);
  return [{ type: 'CauseIdentified', data }];
};

export const reviseCause = ({ data }: ReviseCause, report: Postmortem, { taxonomy }: CommandPolicy): PostmortemEvent[] => {
  requireEditable(report);
  const cause = requirePresent(report.causes, data.causeId, 'Cause');
  const changes = effectiveChanges(cause, data.changes);
  if (isEmpty(changes)) return [];
  const revised = applyChanges(cause, changes);
  // A cause recorded under an earlier taxonomy keeps its category until someone changes it.
  if (changes.level !== undefined || changes.category !== undefined) requireCategoryOfLevel(revised.level, revised.category, taxonomy);
  requireValidLinks(revised, report);
  return [{ type: 'CauseRevised', data: { causeId: cause.id, changes } }];
};

export const retractCause = ({ data }: RetractCause, report: Postmortem): PostmortemEvent[] => {
  requireEditable(report);
  const cause = requirePresent(report.causes, data.causeId, 'Cause');
  const addressing = report.actionItems.filter((item) => item.causeIds.includes(cause.id));
  requireNotReferenced(addressing, 'Cause', cause.id, 'action items');
  return [{ type: 'CauseRetracted', data: { causeId: cause.id, reason: data.reason } }];
};
