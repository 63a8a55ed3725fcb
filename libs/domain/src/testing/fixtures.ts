import type { PostmortemEvent } from '../lib/events';
import type { ActionItem, Cause, Communication, Evidence, IncidentFacts, Stakeholder, TimelineEntry } from '../lib/state';

/** Small, valid building blocks for specifications; override only what a rule is about. */

export const facts = (overrides: Partial<IncidentFacts> = {}): IncidentFacts => ({
  title: 'Checkout slows down during the spring sale',
  severity: 'SEV2',
  services: ['checkout', 'orders-db'],
  team: 'payments',
  occurredAt: '2026-03-14T09:00:00Z',
  detectedAt: '2026-03-14T09:12:00Z',
  customerImpact: 'Checkout took 20 s for 40 % of shoppers',
  summary: 'A deployment shipped an unindexed query',
  ...overrides,
});

export const drafted = (overrides: Partial<IncidentFacts> = {}): PostmortemEvent => ({
  type: 'PostmortemDrafted',
  data: { postmortemId: 'pm-1', facts: facts(overrides) },
});

export const entry = (overrides: Partial<TimelineEntry> = {}): TimelineEntry => ({
  id: 'tl-1',
  at: '2026-03-14T09:12:00Z',
  kind: 'detection',
  description: 'Latency alert fires for checkout',
  evidenceIds: [],
  ...overrides,
});

export const evidence = (overrides: Partial<Evidence> = {}): Evidence => ({
  id: 'ev-1',
  kind: 'metric',
  title: 'Checkout p99 latency',
  url: 'https://grafana.example.com/d/checkout',
  description: '',
  ...overrides,
});

export const cause = (overrides: Partial<Cause> = {}): Cause => ({
  id: 'c-1',
  level: 'causal_factor',
  category: 'software_bug',
  description: 'Order lookup query scans the whole table',
  evidenceIds: [],
  timelineEntryIds: [],
  ...overrides,
});

export const item = (overrides: Partial<ActionItem> = {}): Omit<ActionItem, 'status'> => {
  const { status: _status, ...rest } = {
    id: 'ai-1',
    title: 'Add an index for order lookups',
    description: 'Index orders by customer and date',
    successCriteria: 'p99 of order lookup below 50 ms at sale load',
    type: 'prevent' as const,
    causeIds: [],
    priority: { severity: 'SEV2' as const, frequency: 'occasional' as const, effort: 'small' as const },
    ...overrides,
  } as ActionItem;
  return rest;
};

export const owned = { owner: { kind: 'person' as const, name: 'alice' }, dueDate: '2026-04-01' };

export const stakeholder = (overrides: Partial<Stakeholder> = {}): Stakeholder => ({
  id: 'st-1',
  name: 'Support team',
  group: 'internal',
  channel: 'internal_meeting',
  ...overrides,
});

export const communication = (overrides: Partial<Communication> = {}): Omit<Communication, 'status' | 'sentAt'> => ({
  id: 'cm-1',
  stakeholderIds: ['st-1'],
  channel: 'internal_meeting',
  summary: 'Walk support through the incident',
  ...overrides,
});

/** A report that satisfies every precondition of review. */
export const readyForReview: PostmortemEvent[] = [
  drafted({ resolvedAt: '2026-03-14T10:30:00Z', mitigatedAt: '2026-03-14T10:00:00Z' }),
  { type: 'TimelineEntryAdded', data: entry() },
  { type: 'CauseIdentified', data: cause() },
];
