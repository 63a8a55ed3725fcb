import type { ActionItemType, CauseCategory, CauseLevel, Effort, EvidenceKind, TimelineEntryKind } from '@hindsight/domain';

/** The kinds of incident the simulated company has, each with what its review usually finds. */
export interface IncidentKind {
  title: (service: string) => string;
  /** What customers are told on the status page once the review is published (SEV1 and SEV2 only). */
  publicSummary: (service: string) => string;
  impact: string;
  /** Minutes from occurrence to detection, without and with good monitoring. */
  detectMinutes: [number, number];
  timeline: { kind: TimelineEntryKind; text: string; offsetMinutes: number }[];
  evidence: { kind: EvidenceKind; title: string }[];
  causes: { level: CauseLevel; category: CauseCategory; text: string }[];
  actions: { title: string; description: string; criteria: string; type: ActionItemType; effort: Effort; cause: number }[];
  lessons: string[];
}

export const INCIDENT_KINDS: IncidentKind[] = [
  {
    title: (s) => `${s} errors after a release`,
    publicSummary: (s) => `Some ${s} requests failed after a software update until we reverted it.\n\nUpdates to ${s} now reach a small share of traffic first, so a faulty one is stopped early.`,
    impact: 'A share of requests failed with 5xx until the release was rolled back.',
    detectMinutes: [25, 4],
    timeline: [
      { kind: 'deploy', text: 'Release rolled out to all regions', offsetMinutes: -10 },
      { kind: 'observation', text: 'Error rate climbs above 5 %', offsetMinutes: 0 },
      { kind: 'detection', text: 'On-call paged by the error-rate alert', offsetMinutes: 1 },
      { kind: 'decision', text: 'Roll back rather than fix forward', offsetMinutes: 2 },
      { kind: 'action', text: 'Rollback completed', offsetMinutes: 3 },
    ],
    evidence: [
      { kind: 'metric', title: 'Error rate by version' },
      { kind: 'document', title: 'Release change list' },
    ],
    causes: [
      { level: 'causal_factor', category: 'faulty_deployment', text: 'The release went to every region at once' },
      { level: 'causal_factor', category: 'software_bug', text: 'A null check was lost in a refactoring' },
      { level: 'contributing_cause', category: 'inadequate_testing', text: 'No integration test covers the failing path' },
    ],
    actions: [
      { title: 'Canary releases for this service', description: 'Roll out to 5 % first and compare error rates', criteria: 'Pipeline halts a canary whose error rate doubles', type: 'prevent', effort: 'medium', cause: 0 },
      { title: 'Integration test for the failing path', description: 'Cover the request that broke', criteria: 'The test fails against the broken release', type: 'prevent', effort: 'small', cause: 2 },
    ],
    lessons: ['The rollback was quick and well practised', 'The release checklist skipped the canary step'],
  },
  {
    title: (s) => `${s} outage from a configuration change`,
    publicSummary: (s) => `${s} was unavailable after a settings change and came back once the change was undone.\n\nSettings changes are now checked automatically before they take effect.`,
    impact: 'The service refused traffic after a configuration push.',
    detectMinutes: [15, 3],
    timeline: [
      { kind: 'deploy', text: 'Configuration pushed to production', offsetMinutes: -2 },
      { kind: 'observation', text: 'Health checks start failing', offsetMinutes: 0 },
      { kind: 'detection', text: 'Synthetic check alerts', offsetMinutes: 1 },
      { kind: 'escalation', text: 'Platform team joins the call', offsetMinutes: 2 },
      { kind: 'action', text: 'Previous configuration restored', offsetMinutes: 3 },
    ],
    evidence: [
      { kind: 'log', title: 'Configuration service audit log' },
      { kind: 'dashboard', title: 'Service health overview' },
    ],
    causes: [
      { level: 'causal_factor', category: 'configuration_error', text: 'A typo in a routing rule sent traffic nowhere' },
      { level: 'contributing_cause', category: 'process_deficiency', text: 'Configuration changes skip review' },
      { level: 'systemic_issue', category: 'tooling', text: 'The configuration tool does not validate rules' },
    ],
    actions: [
      { title: 'Validate routing rules before they apply', description: 'Schema and dry-run checks in the config tool', criteria: 'A malformed rule is rejected before the push', type: 'prevent', effort: 'medium', cause: 0 },
      { title: 'Two-person review for production configuration', description: 'Require an approval on every config change', criteria: 'No unreviewed config change in a month of audit logs', type: 'process', effort: 'small', cause: 1 },
    ],
    lessons: ['Restoring the previous configuration was one command', 'Nobody knew who had pushed the change'],
  },
  {
    title: (s) => `${s} slowed down by database overload`,
    publicSummary: (s) => `${s} responded slowly while its database was overloaded.\n\nWe have made the heaviest requests cheaper and now get warned well before the database is full.`,
    impact: 'Requests took several seconds; some timed out.',
    detectMinutes: [40, 6],
    timeline: [
      { kind: 'observation', text: 'Database CPU at 100 %', offsetMinutes: 0 },
      { kind: 'detection', text: 'Customers report slowness to support', offsetMinutes: 1 },
      { kind: 'action', text: 'Expensive report queries paused', offsetMinutes: 2 },
      { kind: 'action', text: 'Missing index added', offsetMinutes: 3 },
    ],
    evidence: [
      { kind: 'metric', title: 'Database CPU and connections' },
      { kind: 'log', title: 'Slow query log' },
      { kind: 'trace', title: 'Trace of a slow request' },
    ],
    causes: [
      { level: 'causal_factor', category: 'software_bug', text: 'A query without an index scans a large table' },
      { level: 'contributing_cause', category: 'missing_monitoring', text: 'No alert on database saturation' },
      { level: 'contributing_cause', category: 'insufficient_capacity_planning', text: 'Growth outpaced the database size' },
    ],
    actions: [
      { title: 'Alert on database saturation', description: 'Page on CPU > 80 % and connection pool exhaustion', criteria: 'A load test triggers the page within 5 minutes', type: 'detect', effort: 'small', cause: 1 },
      { title: 'Review query plans in CI', description: 'Fail builds that add unindexed queries on large tables', criteria: 'CI flags the query that caused this incident', type: 'prevent', effort: 'large', cause: 0 },
    ],
    lessons: ['Customers noticed before we did', 'Pausing reports bought time quickly'],
  },
  {
    title: (s) => `${s} unavailable when a dependency failed`,
    publicSummary: (s) => `${s} was unavailable while a service it relies on was down.\n\nIt now keeps working in a reduced mode when that happens.`,
    impact: 'Calls that need the third-party provider failed.',
    detectMinutes: [10, 3],
    timeline: [
      { kind: 'observation', text: 'Provider API returns 503', offsetMinutes: 0 },
      { kind: 'detection', text: 'Dependency error alert fires', offsetMinutes: 1 },
      { kind: 'communication', text: 'Status page updated', offsetMinutes: 2 },
      { kind: 'action', text: 'Fallback provider enabled', offsetMinutes: 3 },
    ],
    evidence: [
      { kind: 'dashboard', title: 'Dependency error rates' },
      { kind: 'document', title: 'Provider incident report' },
    ],
    causes: [
      { level: 'causal_factor', category: 'external_dependency', text: 'The provider had a regional outage' },
      { level: 'contributing_cause', category: 'delayed_response', text: 'Switching to the fallback was manual and slow' },
      { level: 'systemic_issue', category: 'documentation', text: 'The fallback runbook was out of date' },
    ],
    actions: [
      { title: 'Automatic failover to the fallback provider', description: 'Circuit breaker switches after sustained errors', criteria: 'Failover happens within 2 minutes in a game day', type: 'mitigate', effort: 'large', cause: 1 },
      { title: 'Update the fallback runbook', description: 'Rewrite and test the manual switch-over', criteria: 'A new on-call engineer follows it without help', type: 'process', effort: 'small', cause: 2 },
    ],
    lessons: ['The status page update was fast', 'We depended on one provider more than we thought'],
  },
  {
    title: (s) => `${s} failed when a certificate expired`,
    publicSummary: (s) => `Secure connections to ${s} failed for a while because a security certificate had expired.\n\nCertificates are now renewed automatically, well ahead of time.`,
    impact: 'Clients could not establish TLS connections.',
    detectMinutes: [30, 2],
    timeline: [
      { kind: 'observation', text: 'TLS handshakes fail', offsetMinutes: 0 },
      { kind: 'detection', text: 'Partner reports failing calls', offsetMinutes: 1 },
      { kind: 'action', text: 'Certificate renewed and deployed', offsetMinutes: 2 },
    ],
    evidence: [{ kind: 'log', title: 'TLS handshake errors' }],
    causes: [
      { level: 'causal_factor', category: 'human_error', text: 'The renewal reminder went to a former employee' },
      { level: 'contributing_cause', category: 'missing_monitoring', text: 'No alert on certificate expiry' },
      { level: 'contributing_cause', category: 'unclear_ownership', text: 'Nobody owned this certificate' },
    ],
    actions: [
      { title: 'Automate certificate renewal', description: 'Move the certificate to the automated issuer', criteria: 'Renewal happens 30 days before expiry without a person', type: 'prevent', effort: 'medium', cause: 0 },
      { title: 'Alert 21 days before any certificate expires', description: 'Scan every endpoint daily', criteria: 'A test certificate near expiry raises an alert', type: 'detect', effort: 'small', cause: 1 },
    ],
    lessons: ['Renewing took minutes once we knew', 'We got lucky that it expired on a quiet day'],
  },
  {
    title: (s) => `${s} degraded by memory exhaustion`,
    publicSummary: (s) => `${s} was intermittently slow or unavailable while its servers ran short of memory.\n\nWe fixed the cause and added warnings that fire long before memory runs out.`,
    impact: 'Instances restarted in a loop; throughput halved.',
    detectMinutes: [20, 5],
    timeline: [
      { kind: 'observation', text: 'Containers killed for exceeding memory', offsetMinutes: 0 },
      { kind: 'detection', text: 'Restart-loop alert', offsetMinutes: 1 },
      { kind: 'action', text: 'Memory limit raised as a stopgap', offsetMinutes: 2 },
      { kind: 'action', text: 'Leaking cache bounded and redeployed', offsetMinutes: 3 },
    ],
    evidence: [
      { kind: 'metric', title: 'Memory per instance' },
      { kind: 'trace', title: 'Heap profile' },
    ],
    causes: [
      { level: 'causal_factor', category: 'capacity_exhaustion', text: 'An unbounded cache grew with traffic' },
      { level: 'contributing_cause', category: 'inadequate_testing', text: 'Load tests run too briefly to show the leak' },
      { level: 'systemic_issue', category: 'training', text: 'Caching guidelines are not part of onboarding' },
    ],
    actions: [
      { title: 'Bound every in-process cache', description: 'Size limits and eviction for all caches', criteria: 'Memory stays flat in a 24 h soak test', type: 'prevent', effort: 'medium', cause: 0 },
      { title: 'Add caching to the onboarding course', description: 'A short module on cache sizing', criteria: 'New joiners complete it in their first month', type: 'process', effort: 'small', cause: 2 },
    ],
    lessons: ['The restart-loop alert worked', 'The stopgap hid the problem for a day'],
  },
];
