import type { PostmortemCommand } from './commands';
import type { PostmortemEvent } from './events';

/**
 * Which parts of a report a command or an event touches. Two editors working from the
 * same stale revision only conflict when the events they did not see touched what their
 * command touches: the same timeline entry, cause, action item, fact or review state.
 */
export type EntityKey = string;

type Message = { type: string; data: object };

const ENTITY_ID_FIELDS: Record<string, string> = {
  entryId: 'timeline',
  evidenceId: 'evidence',
  causeId: 'cause',
  actionItemId: 'action-item',
  lessonId: 'lesson',
  stakeholderId: 'stakeholder',
  communicationId: 'communication',
};

/** Messages that create an entity carry it whole, with its `id`. */
const CREATED_ENTITY: Record<string, string> = {
  AddTimelineEntry: 'timeline',
  TimelineEntryAdded: 'timeline',
  AttachEvidence: 'evidence',
  EvidenceAttached: 'evidence',
  IdentifyCause: 'cause',
  CauseIdentified: 'cause',
  ProposeActionItem: 'action-item',
  ActionItemProposed: 'action-item',
  RecordLesson: 'lesson',
  LessonRecorded: 'lesson',
  AddStakeholder: 'stakeholder',
  StakeholderAdded: 'stakeholder',
  PlanCommunication: 'communication',
  CommunicationPlanned: 'communication',
};

const REVIEW_MESSAGES = new Set([
  'SubmitForReview',
  'RequestChanges',
  'ApproveReport',
  'PublishReport',
  'ReopenReport',
  'ReviewRequested',
  'ChangesRequested',
  'ReportApproved',
  'PostmortemPublished',
  'PostmortemReopened',
]);

export const entitiesTouched = ({ type, data }: Message): EntityKey[] => {
  const fields = data as Record<string, unknown>;
  if (type === 'DraftPostmortem' || type === 'PostmortemDrafted') return ['report'];
  if (type === 'ReviseIncidentFacts' || type === 'IncidentFactsRevised') {
    return Object.keys(fields['changes'] as object).map((fact) => `facts.${fact}`);
  }
  if (type === 'WriteExecutiveSummary' || type === 'ExecutiveSummaryWritten') return ['executive-summary'];
  if (REVIEW_MESSAGES.has(type)) return ['review'];
  if (type === 'RecordImport' || type === 'SuggestionsImported') return [`import/${String(fields['importId'])}`];
  if (type === 'DismissSuggestions' || type === 'SuggestionsDismissed') return (fields['suggestions'] as { key: string }[]).map((s) => `suggestion/${s.key}`);
  if (type === 'AcceptSuggestions') {
    const evidence = (fields['evidence'] as { id: string }[] | undefined) ?? [];
    return [...evidence.map((e) => `evidence/${e.id}`), ...(fields['entries'] as { id: string; source: { key: string } }[]).flatMap((e) => [`timeline/${e.id}`, `suggestion/${e.source.key}`])];
  }
  const created = CREATED_ENTITY[type];
  if (created) return [`${created}/${String(fields['id'])}`];
  const idField = Object.keys(ENTITY_ID_FIELDS).find((field) => typeof fields[field] === 'string');
  return idField ? [`${ENTITY_ID_FIELDS[idField]}/${String(fields[idField])}`] : ['report'];
};

/** The events, among those the editor had not seen, that touched what the command touches. */
export const conflictingEvents = <E extends PostmortemEvent>(command: PostmortemCommand, unseen: readonly E[]): E[] => {
  const targets = new Set(entitiesTouched(command));
  return unseen.filter((event) => entitiesTouched(event).some((key) => targets.has(key)));
};
