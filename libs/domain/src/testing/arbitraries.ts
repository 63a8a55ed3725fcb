import fc from 'fast-check';
import type { PostmortemCommand } from '../lib/commands';
import {
  ACTION_ITEM_TYPES,
  CAUSE_CATEGORIES,
  CAUSE_LEVELS,
  CHANNELS,
  EFFORTS,
  EVIDENCE_KINDS,
  FREQUENCIES,
  LESSON_KINDS,
  SEVERITIES,
  STAKEHOLDER_GROUPS,
  TIMELINE_ENTRY_KINDS,
} from '../lib/values';

/**
 * Commands drawn from small id pools so that random sequences hit every rule:
 * duplicates, missing links, references that block removal, workflow transitions.
 */
const id = fc.constantFrom('a', 'b');
const ids = fc.uniqueArray(id, { maxLength: 1 });
const text = fc.constantFrom('one', 'two', 'three');
const instant = fc
  .integer({ min: 0, max: 6 * 60 })
  .map((minutes) => new Date(Date.UTC(2026, 2, 14, 9) + minutes * 60_000).toISOString());
const date = fc.constantFrom('2026-04-01', '2026-05-01');
const owner = fc.record({ kind: fc.constantFrom('person' as const, 'team' as const), name: text });
const priority = fc.record({
  severity: fc.constantFrom(...SEVERITIES),
  frequency: fc.constantFrom(...FREQUENCIES),
  effort: fc.constantFrom(...EFFORTS),
});
const causeLevelAndCategory = fc
  .constantFrom(...CAUSE_LEVELS)
  .chain((level) => fc.record({ level: fc.constant(level), category: fc.constantFrom(...CAUSE_CATEGORIES[level]) }));

const facts = fc.record({
  title: text,
  severity: fc.constantFrom(...SEVERITIES),
  services: fc.array(text, { maxLength: 2 }),
  team: text,
  occurredAt: fc.constant('2026-03-14T09:00:00.000Z'),
  detectedAt: instant,
  customerImpact: text,
  summary: text,
});

const command = <T extends PostmortemCommand['type']>(type: T, data: fc.Arbitrary<object>) =>
  data.map((d) => ({ type, data: d }) as PostmortemCommand);

export const anyCommand: fc.Arbitrary<PostmortemCommand> = fc.oneof(
  command('DraftPostmortem', facts.map((f) => ({ postmortemId: 'pm', facts: f }))),
  command('ReviseIncidentFacts', fc.record({ changes: fc.record({ severity: fc.constantFrom(...SEVERITIES), resolvedAt: instant, mitigatedAt: fc.option(instant) }, { requiredKeys: [] }) })),
  command('AddTimelineEntry', fc.record({ id, at: instant, kind: fc.constantFrom(...TIMELINE_ENTRY_KINDS), description: text, evidenceIds: ids })),
  command('ReviseTimelineEntry', fc.record({ entryId: id, changes: fc.record({ description: text, evidenceIds: ids }, { requiredKeys: [] }) })),
  command('RemoveTimelineEntry', fc.record({ entryId: id })),
  command('AttachEvidence', fc.record({ id, kind: fc.constantFrom(...EVIDENCE_KINDS), title: text, url: fc.constant('https://logs.example.com/q'), description: text })),
  command('ReviseEvidence', fc.record({ evidenceId: id, changes: fc.record({ title: text }) })),
  command('RemoveEvidence', fc.record({ evidenceId: id })),
  command('IdentifyCause', fc.record({ id, description: text, evidenceIds: ids, timelineEntryIds: ids, levelAndCategory: causeLevelAndCategory }).map(({ levelAndCategory, ...c }) => ({ ...c, ...levelAndCategory }))),
  command('ReviseCause', fc.record({ causeId: id, changes: fc.record({ description: text, evidenceIds: ids }, { requiredKeys: [] }) })),
  command('RetractCause', fc.record({ causeId: id, reason: text })),
  command('ProposeActionItem', fc.record({ id, title: text, description: text, successCriteria: text, type: fc.constantFrom(...ACTION_ITEM_TYPES), dueDate: date, owner, causeIds: ids, priority }, { requiredKeys: ['id', 'title', 'description', 'successCriteria', 'type', 'causeIds', 'priority'] })),
  command('ReviseActionItem', fc.record({ actionItemId: id, changes: fc.record({ title: text, dueDate: fc.option(date), causeIds: ids }, { requiredKeys: [] }) })),
  command('AssignActionItem', fc.record({ actionItemId: id, owner })),
  command('ChangeActionItemStatus', fc.record({ actionItemId: id, status: fc.constantFrom('open' as const, 'in_progress' as const) })),
  command('CompleteActionItem', fc.record({ actionItemId: id, verificationNote: text })),
  command('DeclineActionItem', fc.record({ actionItemId: id, reason: text })),
  command('RecordLesson', fc.record({ id, kind: fc.constantFrom(...LESSON_KINDS), text })),
  command('ReviseLesson', fc.record({ lessonId: id, changes: fc.record({ text }) })),
  command('RemoveLesson', fc.record({ lessonId: id })),
  command('AddStakeholder', fc.record({ id, name: text, group: fc.constantFrom(...STAKEHOLDER_GROUPS), channel: fc.constantFrom(...CHANNELS) })),
  command('ReviseStakeholder', fc.record({ stakeholderId: id, changes: fc.record({ name: text }) })),
  command('RemoveStakeholder', fc.record({ stakeholderId: id })),
  command('PlanCommunication', fc.record({ id, stakeholderIds: ids, channel: fc.constantFrom(...CHANNELS), summary: text })),
  command('ReviseCommunication', fc.record({ communicationId: id, changes: fc.record({ summary: text }) })),
  command('RecordCommunicationSent', fc.record({ communicationId: id, sentAt: instant })),
  command('CancelCommunication', fc.record({ communicationId: id, reason: text })),
  command('SubmitForReview', fc.constant({})),
  command('RequestChanges', fc.record({ reason: text })),
  command('ApproveReport', fc.record({ note: text }, { requiredKeys: [] })),
  command('PublishReport', fc.record({ publicSummary: text }, { requiredKeys: [] })),
  command('ReopenReport', fc.record({ reason: text })),
);
