import type { PostmortemDocument } from '@hindsight/contracts';

/** A draft report mid-analysis, as GET /api/postmortems/:id answers. */
export const draftReport = (): PostmortemDocument => ({
  id: 'r-1',
  status: 'draft',
  revision: 5,
  position: '0000000000000005',
  facts: {
    title: 'Checkout slow during the spring sale',
    severity: 'SEV2',
    services: ['checkout', 'orders-db'],
    team: 'commerce-platform',
    occurredAt: '2026-03-14T09:00:00Z',
    detectedAt: '2026-03-14T09:12:00Z',
    customerImpact: 'Orders took 30 s',
    summary: '',
  },
  timeline: [{ id: 't-1', at: '2026-03-14T09:12:00Z', kind: 'detection', description: 'Latency alert fires', evidenceIds: [] }],
  evidence: [{ id: 'e-1', kind: 'metric', title: 'Checkout p99', url: 'https://metrics.example.com/p99', description: '' }],
  causes: [{ id: 'c-1', level: 'causal_factor', category: 'capacity_exhaustion', description: 'Connection pool exhausted', evidenceIds: ['e-1'], timelineEntryIds: [] }],
  actionItems: [],
  lessons: [],
  stakeholders: [{ id: 's-1', name: 'Support', group: 'internal', channel: 'email' }],
  communications: [],
});
