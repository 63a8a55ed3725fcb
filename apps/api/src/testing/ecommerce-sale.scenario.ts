import type { DraftPostmortemBody } from '@hindsight/contracts';
import type { Reply, Send } from './http-client';

/** The incident's facts as first drafted. */
export const springSaleFacts = {
  title: 'Checkout slows to a crawl during the spring sale',
  severity: 'SEV2',
  services: ['storefront', 'checkout', 'orders-db'],
  team: 'commerce-platform',
  occurredAt: '2026-03-14T09:02:00Z',
  detectedAt: '2026-03-14T09:19:00Z',
  classifiedAt: '2026-03-14T09:25:00Z',
  mitigatedAt: '2026-03-14T10:05:00Z',
  resolvedAt: '2026-03-14T11:40:00Z',
  customerImpact: 'For 63 minutes checkout took 8–20 s; 31 % of carts were abandoned, about 4,800 orders lost.',
  summary: 'Release 4.12 shipped an order-history query without an index. Sale traffic turned it into a full table scan per checkout.',
} satisfies DraftPostmortemBody;

/** What a reader who reads nothing else needs, in Markdown. */
export const EXECUTIVE_SUMMARY = [
  'On 14 March, during the spring sale, **checkout slowed to 8–20 s for 63 minutes** and about 4,800 orders were lost.',
  '',
  'Release 4.12 shipped an order-history query without an index; sale traffic turned it into a full table scan per checkout. No alert fired: support escalated customer complaints 17 minutes in.',
  '',
  'What changes:',
  '',
  '- the query is indexed and paged (P0, due 21 March);',
  '- releases are load-tested before peak events;',
  '- checkout latency pages the on-call engineer.',
].join('\n');

/**
 * The reference incident: an e-commerce site slows down during a major sale after a
 * deployment. Root causes: the deployment, an unoptimised database query and inadequate
 * monitoring. Four action items (optimising the query first), communications to the
 * support team, customers and the status page, then review and publication. An editor of
 * the commerce-platform team writes it; a reviewer approves and publishes it.
 */
export const runEcommerceSale = async (send: Send, tokens: { editor: string; reviewer: string }) => {
  const as = (token: string) => async (method: string, path: string, body?: unknown): Promise<Reply> => {
    const reply = await send(method, path, body, { authorization: `Bearer ${token}` });
    if (reply.status >= 300) throw new Error(`${method} ${path} → ${reply.status}: ${JSON.stringify(reply.body)}`);
    return reply;
  };
  const alice = as(tokens.editor);
  const dana = as(tokens.reviewer);

  const { body: draft } = await alice('POST', '/api/postmortems', springSaleFacts);
  const report = `/api/postmortems/${draft.id}`;
  const id = async (method: string, path: string, body: unknown) => (await alice(method, `${report}${path}`, body)).body.id as string;

  const evidence = {
    latency: await id('POST', '/evidence', { kind: 'metric', title: 'Checkout p99 latency', url: 'https://grafana.shop.example/d/checkout?from=1773478800000' }),
    slowLog: await id('POST', '/evidence', { kind: 'log', title: 'orders-db slow query log', url: 'https://logs.shop.example/orders-db/slow?date=2026-03-14' }),
    trace: await id('POST', '/evidence', { kind: 'trace', title: 'Checkout trace with 9 s DB span', url: 'https://tracing.shop.example/trace/4bf92f3577b34da6' }),
    diff: await id('POST', '/evidence', { kind: 'document', title: 'Release 4.12 change list', url: 'https://git.shop.example/shop/compare/v4.11...v4.12' }),
  };

  const timeline = {
    deploy: await id('POST', '/timeline', { at: '2026-03-14T08:45:00Z', kind: 'deploy', description: 'Release 4.12 deployed with the new order-history query', evidenceIds: [evidence.diff] }),
    slowdown: await id('POST', '/timeline', { at: '2026-03-14T09:02:00Z', kind: 'observation', description: 'Sale opens; checkout p99 climbs from 400 ms to 9 s', evidenceIds: [evidence.latency, evidence.trace] }),
    detected: await id('POST', '/timeline', { at: '2026-03-14T09:19:00Z', kind: 'detection', description: 'Support escalates customer complaints; no alert had fired' }),
    escalated: await id('POST', '/timeline', { at: '2026-03-14T09:25:00Z', kind: 'escalation', description: 'SEV2 declared; database on-call paged' }),
    decided: await id('POST', '/timeline', { at: '2026-03-14T09:48:00Z', kind: 'decision', description: 'Roll back release 4.12 rather than hot-fix during the sale' }),
    rolledBack: await id('POST', '/timeline', { at: '2026-03-14T10:05:00Z', kind: 'action', description: 'Rollback complete; checkout p99 back to 600 ms' }),
    notified: await id('POST', '/timeline', { at: '2026-03-14T10:10:00Z', kind: 'communication', description: 'Status page updated: checkout recovered' }),
    fixed: await id('POST', '/timeline', { at: '2026-03-14T11:40:00Z', kind: 'action', description: 'Index on orders(customer_id, created_at) added; 4.12 redeployed', evidenceIds: [evidence.slowLog] }),
  };

  const causes = {
    deployment: await id('POST', '/causes', { level: 'causal_factor', category: 'faulty_deployment', description: 'Release 4.12 went out on sale morning without a load test of the new query', evidenceIds: [evidence.diff], timelineEntryIds: [timeline.deploy] }),
    query: await id('POST', '/causes', { level: 'causal_factor', category: 'software_bug', description: 'The order-history query scans the whole orders table for every checkout', evidenceIds: [evidence.slowLog, evidence.trace], timelineEntryIds: [timeline.slowdown] }),
    monitoring: await id('POST', '/causes', { level: 'contributing_cause', category: 'missing_monitoring', description: 'No alert on checkout latency or database CPU: customers noticed 17 minutes before we did', evidenceIds: [evidence.latency], timelineEntryIds: [timeline.detected] }),
  };

  const actionItems = {
    optimiseQuery: await id('POST', '/action-items', {
      title: 'Optimise the order-history query',
      description: 'Add the composite index permanently and rewrite the query to page by date',
      successCriteria: 'p99 of the query under 50 ms at 3× sale traffic in the load test',
      type: 'prevent', dueDate: '2026-03-21', owner: { kind: 'person', name: 'bob@shop.example' },
      causeIds: [causes.query], priority: { severity: 'SEV1', frequency: 'frequent', effort: 'small' },
    }),
    preDeploymentTesting: await id('POST', '/action-items', {
      title: 'Load-test every release before peak events',
      description: 'Add a load-test stage with production-like data to the release pipeline; freeze deploys 24 h before sales',
      successCriteria: 'Pipeline blocks a release whose checkout p99 regresses by more than 20 %',
      type: 'prevent', dueDate: '2026-04-30', owner: { kind: 'team', name: 'release-engineering' },
      causeIds: [causes.deployment], priority: { frequency: 'occasional', effort: 'large' },
    }),
    monitoring: await id('POST', '/action-items', {
      title: 'Alert on checkout latency and database resources',
      description: 'Page on checkout p99 > 2 s for 3 minutes and on orders-db CPU > 80 %',
      successCriteria: 'A replay of the 14 March traffic pages within 5 minutes',
      type: 'detect', dueDate: '2026-03-31', owner: { kind: 'team', name: 'sre' },
      causeIds: [causes.monitoring], priority: { frequency: 'occasional', effort: 'medium' },
    }),
    training: await id('POST', '/action-items', {
      title: 'Train responders on database incident runbooks',
      description: 'Quarterly game day on slow-query incidents, covering rollback and index triage',
      successCriteria: 'Every on-call engineer has run the game day once',
      type: 'process', dueDate: '2026-06-30', owner: { kind: 'person', name: 'carol@shop.example' },
      causeIds: [causes.monitoring], priority: { severity: 'SEV3', frequency: 'rare', effort: 'medium' },
    }),
  };

  await id('POST', '/lessons', { kind: 'went_well', text: 'The rollback took 17 minutes from decision to recovery' });
  await id('POST', '/lessons', { kind: 'went_wrong', text: 'Customers detected the incident before our monitoring did' });
  await id('POST', '/lessons', { kind: 'got_lucky', text: 'The peak hour of the sale began after the rollback' });
  await alice('PUT', `${report}/executive-summary`, { text: EXECUTIVE_SUMMARY });

  const stakeholders = {
    support: await id('POST', '/stakeholders', { name: 'Support and sales teams', group: 'internal', channel: 'internal_meeting' }),
    customers: await id('POST', '/stakeholders', { name: 'Shoppers', group: 'customer', channel: 'status_page' }),
    affected: await id('POST', '/stakeholders', { name: 'Customers with abandoned carts', group: 'customer', channel: 'email' }),
  };
  const communications = {
    meeting: await id('POST', '/communications', { stakeholderIds: [stakeholders.support], channel: 'internal_meeting', summary: 'Incident review with support and sales: what happened, what we change', plannedFor: '2026-03-16T14:00:00Z' }),
    statusPage: await id('POST', '/communications', { stakeholderIds: [stakeholders.customers], channel: 'status_page', summary: 'Checkout was slow between 09:02 and 10:05 UTC; it is fully recovered' }),
    email: await id('POST', '/communications', { stakeholderIds: [stakeholders.affected], channel: 'email', summary: 'Apology with a 15 % code for customers whose checkout failed' }),
  };
  // What reaches customers goes out once a reviewer approved its text.
  for (const notice of [communications.statusPage, communications.email]) await dana('POST', `${report}/communications/${notice}/approve`, {});
  await alice('POST', `${report}/communications/${communications.statusPage}/sent`, { sentAt: '2026-03-14T10:10:00Z' });
  await alice('POST', `${report}/communications/${communications.email}/sent`, { sentAt: '2026-03-15T09:00:00Z' });
  await alice('POST', `${report}/communications/${communications.meeting}/sent`, { sentAt: '2026-03-16T14:00:00Z' });

  await alice('POST', `${report}/submit`, {});
  await dana('POST', `${report}/approve`, { reason: 'Causes are well evidenced; actions are owned and dated' });
  const published = await dana('POST', `${report}/publish`, {
    reason: 'Reviewed with support; ready for customers',
    publicSummary: 'On 14 March checkout was slow for about an hour during our spring sale because of a database query in a new release. We rolled back, fixed the query and added alerting.',
  });

  return { postmortemId: draft.id as string, evidence, timeline, causes, actionItems, stakeholders, communications, published: published.body };
};
