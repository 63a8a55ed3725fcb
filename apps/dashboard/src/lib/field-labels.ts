import { label } from './labels';

/** What the editor calls each field of a report, so the history and errors speak the same words. */
const FIELDS: Record<string, string> = {
  title: 'Title',
  severity: 'Severity',
  services: 'Services',
  team: 'Team',
  occurredAt: 'Occurred at',
  detectedAt: 'Detected at',
  classifiedAt: 'Classified at',
  mitigatedAt: 'Mitigated at',
  resolvedAt: 'Resolved at',
  customerImpact: 'Customer impact',
  summary: 'Summary',
  detectionMethod: 'Detected by',
  externalReference: 'Incident reference',
  impact: 'Measured impact',
  usersAffected: 'Users affected',
  requestsFailed: 'Requests failed',
  errorBudgetBurnedPercent: 'Error budget burned (%)',
  executiveSummary: 'Executive summary',
  publicSummary: 'Public summary',
  status: 'Status',
  kind: 'Kind',
  description: 'Description',
  url: 'Link',
  level: 'Level',
  category: 'Category',
  evidenceIds: 'Evidence',
  timelineEntryIds: 'Timeline entries',
};

/** Where a section's form names a field otherwise. */
const IN_SECTION: Record<string, Record<string, string>> = {
  timeline: { at: 'When', description: 'What happened' },
  actionItems: {
    description: 'What will be done (specific)',
    successCriteria: 'Success criteria (measurable)',
    type: 'Type',
    dueDate: 'Due date',
    owner: 'Owner',
    severity: 'Severity it prevents',
    frequency: 'How often',
    effort: 'Effort',
    causeIds: 'Causes it addresses',
    verificationNote: 'How was it verified?',
    wontDoReason: 'Why not',
    priority: 'Priority',
  },
  lessons: { text: 'Lesson' },
  stakeholders: { name: 'Name', group: 'Group', channel: 'Preferred channel', email: 'Email', webhook: 'Webhook endpoint' },
  communications: { stakeholderIds: 'To', channel: 'Channel', summary: 'Summary', plannedFor: 'Planned for', sentAt: 'Sent at', message: 'Message sent', deliveries: 'Deliveries' },
};

export const fieldLabel = (field: string, section?: string): string => (section && IN_SECTION[section]?.[field]) || FIELDS[field] || label(field.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase());

/** Fields whose values are the domain's words ("causal_factor"), read as "Causal factor". */
export const WORD_VALUED = new Set(['status', 'kind', 'level', 'category', 'type', 'frequency', 'effort', 'group', 'channel', 'detectionMethod']);
