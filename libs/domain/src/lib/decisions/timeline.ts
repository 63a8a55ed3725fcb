import { effectiveChanges, isEmpty } from '../collections';
import type { AddTimelineEntry, RemoveTimelineEntry, ReviseTimelineEntry } from '../commands';
import type { PostmortemEvent } from '../events';
import { requireAbsent, requireEditable, requireLinked, requireNotReferenced, requirePresent } from '../rules';
import type { Postmortem } from '../state';

export const addTimelineEntry = ({ data }: AddTimelineEntry, report: Postmortem): PostmortemEvent[] => {
  requireEditable(report);
  requireAbsent(report.timeline, data.id, 'Timeline entry');
  requireLinked(report.evidence, data.evidenceIds, 'evidence');
  return [{ type: 'TimelineEntryAdded', data }];
};

export const reviseTimelineEntry = ({ data }: ReviseTimelineEntry, report: Postmortem): PostmortemEvent[] => {
  requireEditable(report);
  const entry = requirePresent(report.timeline, data.entryId, 'Timeline entry');
  const changes = effectiveChanges(entry, data.changes);
  if (isEmpty(changes)) return [];
  requireLinked(report.evidence, changes.evidenceIds ?? [], 'evidence');
  return [{ type: 'TimelineEntryRevised', data: { entryId: entry.id, changes } }];
};

export const removeTimelineEntry = ({ data }: RemoveTimelineEntry, report: Postmortem): PostmortemEvent[] => {
  requireEditable(report);
  const entry = requirePresent(report.timeline, data.entryId, 'Timeline entry');
  const citing = report.causes.filter((cause) => cause.timelineEntryIds.includes(entry.id));
  requireNotReferenced(citing, 'Timeline entry', entry.id, 'causes');
  return [{ type: 'TimelineEntryRemoved', data: { entryId: entry.id } }];
};
