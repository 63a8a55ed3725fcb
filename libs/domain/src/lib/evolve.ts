import { applyChanges, replaceById, withoutId } from './collections';
import * as deliveries from './deliveries';
import { importSummary } from './first-signal';
import type { PostmortemEvent } from './events';
import type { Postmortem, PostmortemState } from './state';

/** Folds one stored event into the report. Pure, total, and never refuses: the past happened. */
export const evolve = (state: PostmortemState, event: PostmortemEvent): PostmortemState => {
  if (event.type === 'PostmortemDrafted') return drafted(event.data.postmortemId, event.data.facts);
  if (state === null) return state;
  return evolveReport(state, event);
};

const drafted = (id: string, facts: Postmortem['facts']): Postmortem => ({
  id,
  status: 'draft',
  facts,
  timeline: [],
  evidence: [],
  causes: [],
  actionItems: [],
  lessons: [],
  stakeholders: [],
  communications: [],
});

const evolveReport = (report: Postmortem, event: PostmortemEvent): Postmortem => {
  const { type, data } = event;
  switch (type) {
    case 'PostmortemDrafted':
      return report;
    case 'IncidentFactsRevised':
      return { ...report, facts: applyChanges(report.facts, data.changes) };
    case 'ExecutiveSummaryWritten':
      return { ...report, executiveSummary: data.text };

    case 'TimelineEntryAdded':
      return { ...report, timeline: [...report.timeline, data] };
    case 'TimelineEntryRevised':
      return { ...report, timeline: replaceById(report.timeline, data.entryId, (e) => applyChanges(e, data.changes)) };
    case 'TimelineEntryRemoved':
      return { ...report, timeline: withoutId(report.timeline, data.entryId) };

    case 'EvidenceAttached':
      return { ...report, evidence: [...report.evidence, data] };
    case 'EvidenceRevised':
      return { ...report, evidence: replaceById(report.evidence, data.evidenceId, (e) => applyChanges(e, data.changes)) };
    case 'EvidenceRemoved':
      return { ...report, evidence: withoutId(report.evidence, data.evidenceId) };

    case 'SuggestionsImported':
      return { ...report, imports: [...(report.imports ?? []), importSummary(data)] };
    case 'SuggestionsDismissed':
      return { ...report, imports: (report.imports ?? []).map((i) => ({ ...i, dismissed: [...i.dismissed, ...data.suggestions.filter((s) => s.importId === i.id).map((s) => s.key)] })) };

    case 'CauseIdentified':
      return { ...report, causes: [...report.causes, data] };
    case 'CauseRevised':
      return { ...report, causes: replaceById(report.causes, data.causeId, (c) => applyChanges(c, data.changes)) };
    case 'CauseRetracted':
      return { ...report, causes: withoutId(report.causes, data.causeId) };

    case 'ActionItemProposed':
      return { ...report, actionItems: [...report.actionItems, { ...data, status: 'open' }] };
    case 'ActionItemRevised':
      return updateItem(report, data.actionItemId, (i) => applyChanges(i, data.changes));
    case 'ActionItemAssigned':
      return updateItem(report, data.actionItemId, ({ assignedInMeeting: _, ...i }) => ({ ...i, owner: data.owner, ...(data.meetingId ? { assignedInMeeting: data.meetingId } : {}) }));
    case 'ActionItemStatusChanged':
      return updateItem(report, data.actionItemId, ({ verificationNote: _v, wontDoReason: _w, ...i }) => ({
        ...i,
        status: data.to,
      }));
    case 'ActionItemCompleted':
      return updateItem(report, data.actionItemId, ({ wontDoReason: _w, ...i }) => ({
        ...i,
        status: 'done',
        verificationNote: data.verificationNote,
      }));
    case 'ActionItemDeclined':
      return updateItem(report, data.actionItemId, ({ verificationNote: _v, ...i }) => ({
        ...i,
        status: 'wont_do',
        wontDoReason: data.reason,
      }));

    case 'LessonRecorded':
      return { ...report, lessons: [...report.lessons, data] };
    case 'LessonRevised':
      return { ...report, lessons: replaceById(report.lessons, data.lessonId, (l) => applyChanges(l, data.changes)) };
    case 'LessonRemoved':
      return { ...report, lessons: withoutId(report.lessons, data.lessonId) };

    case 'StakeholderAdded':
      return { ...report, stakeholders: [...report.stakeholders, data] };
    case 'StakeholderRevised':
      return {
        ...report,
        stakeholders: replaceById(report.stakeholders, data.stakeholderId, (s) => applyChanges(s, data.changes)),
      };
    case 'StakeholderRemoved':
      return { ...report, stakeholders: withoutId(report.stakeholders, data.stakeholderId) };

    case 'CommunicationPlanned':
      return { ...report, communications: [...report.communications, { ...data, status: 'planned' }] };
    case 'CommunicationRevised':
      return updateCommunication(report, data.communicationId, ({ approved: _, ...c }) => applyChanges(c, data.changes));
    case 'MeetingNotesRecorded':
      return updateCommunication(report, data.communicationId, (c) => ({ ...c, notes: { notes: data.notes, decisions: data.decisions } }));
    case 'CommunicationApproved':
      return updateCommunication(report, data.communicationId, (c) => ({ ...c, approved: true }));
    case 'CommunicationSent':
      return updateCommunication(report, data.communicationId, (c) => ({ ...c, status: 'sent', sentAt: data.sentAt }));
    case 'CommunicationCancelled':
      return { ...report, communications: withoutId(report.communications, data.communicationId) };
    case 'CommunicationDispatched':
      return updateCommunication(report, data.communicationId, (c) => deliveries.dispatched(c, data));
    case 'CommunicationDelivered':
      return updateCommunication(report, data.communicationId, (c) => deliveries.delivered(c, data));
    case 'CommunicationFailed':
      return updateCommunication(report, data.communicationId, (c) => deliveries.failed(c, data));

    case 'ReviewRequested':
      return { ...report, status: 'in_review' };
    case 'ChangesRequested':
      return { ...report, status: 'draft' };
    case 'ReportApproved':
      return { ...report, status: 'approved' };
    case 'PostmortemPublished': {
      const publishedAt = report.publishedAt ?? event.metadata?.timestamp;
      const published: Postmortem = { ...report, status: 'published', ...(publishedAt === undefined ? {} : { publishedAt }) };
      return data.publicSummary === undefined ? published : { ...published, publicSummary: data.publicSummary };
    }
    case 'PostmortemReopened':
      return { ...report, status: 'draft' };
    default:
      return exhaustive(type);
  }
};

const updateItem = (
  report: Postmortem,
  id: string,
  update: (item: Postmortem['actionItems'][number]) => Postmortem['actionItems'][number],
): Postmortem => ({ ...report, actionItems: replaceById(report.actionItems, id, update) });

const updateCommunication = (
  report: Postmortem,
  id: string,
  update: (c: Postmortem['communications'][number]) => Postmortem['communications'][number],
): Postmortem => ({ ...report, communications: replaceById(report.communications, id, update) });

/** Compile-time proof that every event type is handled. */
export const exhaustive = (value: never): never => {
  throw new Error(`Unhandled case: ${String(value)}`);
};

export const fold = (events: readonly PostmortemEvent[], from: PostmortemState = null): PostmortemState =>
  events.reduce(evolve, from);
