import type { PostmortemEvent, PostmortemState } from '@hindsight/domain';

const quote = (text: string | undefined) => (text === undefined ? 'an item' : `'${text.length > 60 ? `${text.slice(0, 57)}…` : text}'`);
const words = (snake: string) => snake.replace(/_/g, ' ');
const fields = (changes: object) => Object.keys(changes).map((k) => k.replace(/At$/, ' time').replace(/([A-Z])/g, ' $1').toLowerCase()).join(', ');

/**
 * One line an auditor can read for each event: who did what to which part of the report.
 * `before` is the report as it stood just before the event, for the names of what it touched.
 */
export const summarize = (event: PostmortemEvent, before: PostmortemState, actor: string): string => {
  const find = <T extends { id: string }>(items: T[] | undefined, id: string) => items?.find((i) => i.id === id);
  const entry = (id: string) => quote(find(before?.timeline, id)?.description);
  const cause = (id: string) => quote(find(before?.causes, id)?.description);
  const item = (id: string) => quote(find(before?.actionItems, id)?.title);
  const importName = (id: string) => `the import ${quote(find(before?.imports, id)?.file)}`;
  const delivery = (o: { communicationId: string; deliveryId: string }) => find(find(before?.communications, o.communicationId)?.deliveries, o.deliveryId);
  const what = ((): string => {
    const { type, data } = event;
    switch (type) {
      case 'PostmortemDrafted': return `drafted the report ${quote(data.facts.title)} (${data.facts.severity}, ${data.facts.team})`;
      case 'IncidentFactsRevised': return `revised the incident facts: ${fields(data.changes)}`;
      case 'ExecutiveSummaryWritten': return data.text ? `wrote the executive summary ${quote(data.text)}` : 'cleared the executive summary';
      case 'TimelineEntryAdded': return `${data.source ? `accepted from ${importName(data.source.importId)} ` : 'added '}the ${words(data.kind)} timeline entry ${quote(data.description)}`;
      case 'TimelineEntryRevised': return `revised the timeline entry ${entry(data.entryId)}: ${fields(data.changes)}`;
      case 'TimelineEntryRemoved': return `removed the timeline entry ${entry(data.entryId)}`;
      case 'EvidenceAttached': return `attached ${data.kind} evidence ${quote(data.title)}`;
      case 'EvidenceRevised': return `revised the evidence ${quote(find(before?.evidence, data.evidenceId)?.title)}: ${fields(data.changes)}`;
      case 'EvidenceRemoved': return `removed the evidence ${quote(find(before?.evidence, data.evidenceId)?.title)}`;
      case 'SuggestionsImported': return `imported ${quote(data.file.name)} (${data.format}): ${data.suggestions.length} suggestions from ${data.records} records, ${data.unparsed.count} unreadable`;
      case 'SuggestionsDismissed': return `dismissed ${data.suggestions.length} imported suggestion${data.suggestions.length === 1 ? '' : 's'}`;
      case 'CauseIdentified': return `identified a ${words(data.level)} (${words(data.category)}): ${quote(data.description)}`;
      case 'CauseRevised': return `revised the cause ${cause(data.causeId)}: ${fields(data.changes)}`;
      case 'CauseRetracted': return `retracted the cause ${cause(data.causeId)}`;
      case 'ActionItemProposed': return `proposed the action item ${quote(data.title)}${data.owner ? ` for ${data.owner.name}` : ''}${data.dueDate ? `, due ${data.dueDate}` : ''}`;
      case 'ActionItemRevised': return `revised the action item ${item(data.actionItemId)}: ${fields(data.changes)}`;
      case 'ActionItemAssigned': return `assigned the action item ${item(data.actionItemId)} to ${data.owner.name}${data.meetingId ? ` in the meeting ${quote(find(before?.communications, data.meetingId)?.summary)}` : ''}`;
      case 'ActionItemStatusChanged': return `moved the action item ${item(data.actionItemId)} from ${words(data.from)} to ${words(data.to)}`;
      case 'ActionItemCompleted': return `completed the action item ${item(data.actionItemId)}`;
      case 'ActionItemDeclined': return `marked the action item ${item(data.actionItemId)} as won't do`;
      case 'LessonRecorded': return `recorded a lesson (${words(data.kind)}): ${quote(data.text)}`;
      case 'LessonRevised': return `revised a lesson`;
      case 'LessonRemoved': return `removed a lesson`;
      case 'StakeholderAdded': return `added the stakeholder ${quote(data.name)} (${data.group})`;
      case 'StakeholderRevised': return `revised the stakeholder ${quote(find(before?.stakeholders, data.stakeholderId)?.name)}`;
      case 'StakeholderRemoved': return `removed the stakeholder ${quote(find(before?.stakeholders, data.stakeholderId)?.name)}`;
      case 'CommunicationPlanned': return `planned a ${words(data.channel)} communication: ${quote(data.summary)}`;
      case 'CommunicationRevised': return `revised a planned communication`;
      case 'CommunicationSent': return `recorded that ${quote(find(before?.communications, data.communicationId)?.summary)} was sent`;
      case 'CommunicationCancelled': return `cancelled the communication ${quote(find(before?.communications, data.communicationId)?.summary)}`;
      case 'MeetingNotesRecorded': return `recorded the notes of the meeting ${quote(find(before?.communications, data.communicationId)?.summary)} (${data.decisions.length} decisions)`;
      case 'CommunicationApproved': return `approved the text of ${quote(find(before?.communications, data.communicationId)?.summary)} to go out`;
      case 'CommunicationDispatched': return `dispatched ${quote(data.message.subject)} to ${data.deliveries.map((d) => d.to).join(', ')}`;
      case 'CommunicationDelivered': return `delivered ${quote(delivery(data)?.to)} (attempt ${data.attempt}: ${data.receipt})`;
      case 'CommunicationFailed': return `could not deliver to ${quote(delivery(data)?.to)} (attempt ${data.attempt}: ${data.reason}); ${data.retryAt ? `retrying at ${data.retryAt}` : 'gave up'}`;
      case 'ReviewRequested': return 'submitted the report for review';
      case 'ChangesRequested': return 'requested changes';
      case 'ReportApproved': return 'approved the report';
      case 'PostmortemPublished': return 'published the report';
      case 'PostmortemReopened': return 'reopened the report';
    }
  })();
  return `${actor} ${what}`;
};
