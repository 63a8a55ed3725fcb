import type { Faker } from '@faker-js/faker';
import type { PostmortemCommand } from '@hindsight/domain';
import type { Team } from './organisation';
import type { Step } from './step';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * The reference incident: an e-commerce site slows down during a major sale after a
 * deployment. Causes: the deployment, an unoptimised query, inadequate monitoring. Four action
 * items (optimising the query first), internal meeting, customer notice and status page, then
 * review and publication. `saleDay` is when the sale opened.
 */
export const ecommerceSale = (faker: Faker, team: Team, saleDay: number): Step[] => {
  const postmortemId = faker.string.uuid();
  const [alice, bob, carol] = team.editors;
  const at = (minutes: number) => new Date(saleDay + minutes * MINUTE).toISOString();
  const id = () => faker.string.uuid();
  const steps: Step[] = [];
  let clock = saleDay + 2 * DAY;
  const send = (command: PostmortemCommand, actor = alice, when = clock) => {
    steps.push({ postmortemId, command, actor, at: new Date(when).toISOString() });
    clock = when + 3 * MINUTE;
  };

  send({
    type: 'DraftPostmortem',
    data: {
      postmortemId,
      facts: {
        title: 'Checkout slows to a crawl during the spring sale',
        severity: 'SEV2',
        services: ['storefront', 'checkout', 'orders-db'],
        team: team.name,
        occurredAt: at(0),
        detectedAt: at(17),
        classifiedAt: at(23),
        mitigatedAt: at(63),
        resolvedAt: at(158),
        customerImpact: 'For 63 minutes checkout took 8–20 s; 31 % of carts were abandoned, about 4,800 orders lost.',
        summary: 'A release shipped an order-history query without an index; sale traffic turned it into a full table scan per checkout.',
        externalReference: { id: 'INC-2026-0314', url: 'https://pager.shop.example/incidents/INC-2026-0314' },
        detectionMethod: 'alert',
        impact: { usersAffected: 15_500, requestsFailed: 4_800, errorBudgetBurnedPercent: 38 },
      },
    },
  });
  const [latency, slowLog, diff] = [id(), id(), id()];
  send({ type: 'AttachEvidence', data: { id: latency, kind: 'metric', title: 'Checkout p99 latency', url: 'https://grafana.shop.example/d/checkout', description: '' } });
  send({ type: 'AttachEvidence', data: { id: slowLog, kind: 'log', title: 'orders-db slow query log', url: 'https://logs.shop.example/orders-db/slow', description: '' } });
  send({ type: 'AttachEvidence', data: { id: diff, kind: 'document', title: 'Release change list', url: 'https://git.shop.example/shop/compare/release', description: '' } });
  const [deploy, slowdown, detection] = [id(), id(), id()];
  send({ type: 'AddTimelineEntry', data: { id: deploy, at: at(-17), kind: 'deploy', description: 'Release deployed with the new order-history query', evidenceIds: [diff] } });
  send({ type: 'AddTimelineEntry', data: { id: slowdown, at: at(0), kind: 'observation', description: 'Sale opens; checkout p99 climbs from 400 ms to 9 s', evidenceIds: [latency] } });
  send({ type: 'AddTimelineEntry', data: { id: detection, at: at(17), kind: 'detection', description: 'Support escalates customer complaints; no alert had fired', evidenceIds: [] } });
  send({ type: 'AddTimelineEntry', data: { id: id(), at: at(46), kind: 'decision', description: 'Roll back the release rather than hot-fix during the sale', evidenceIds: [] } });
  send({ type: 'AddTimelineEntry', data: { id: id(), at: at(63), kind: 'action', description: 'Rollback complete; checkout p99 back to 600 ms', evidenceIds: [] } });
  send({ type: 'AddTimelineEntry', data: { id: id(), at: at(158), kind: 'action', description: 'Index added; release redeployed', evidenceIds: [slowLog] } });
  const [deployment, query, monitoring] = [id(), id(), id()];
  send({ type: 'IdentifyCause', data: { id: deployment, level: 'causal_factor', category: 'faulty_deployment', description: 'The release went out on sale morning without a load test', evidenceIds: [diff], timelineEntryIds: [deploy] } });
  send({ type: 'IdentifyCause', data: { id: query, level: 'causal_factor', category: 'software_bug', description: 'The order-history query scans the whole orders table', evidenceIds: [slowLog], timelineEntryIds: [slowdown] } });
  send({ type: 'IdentifyCause', data: { id: monitoring, level: 'contributing_cause', category: 'missing_monitoring', description: 'No alert on checkout latency or database CPU', evidenceIds: [latency], timelineEntryIds: [detection] } });
  const item = (title: string, type: 'prevent' | 'detect' | 'process', owner: string, dueInDays: number, causeId: string, priority: Extract<PostmortemCommand, { type: 'ProposeActionItem' }>['data']['priority']) =>
    send({
      type: 'ProposeActionItem',
      data: {
        id: id(),
        title,
        description: title,
        successCriteria: `${title}: verified in a load test at 3× sale traffic`,
        type,
        dueDate: new Date(clock + dueInDays * DAY).toISOString().slice(0, 10),
        owner: { kind: owner.includes('@') ? 'person' : 'team', name: owner },
        causeIds: [causeId],
        priority,
      },
    });
  item('Optimise the order-history query', 'prevent', bob, 7, query, { severity: 'SEV1', frequency: 'frequent', effort: 'small' });
  item('Load-test every release before peak events', 'prevent', 'release-engineering', 45, deployment, { frequency: 'occasional', effort: 'large' });
  item('Alert on checkout latency and database resources', 'detect', 'sre', 14, monitoring, { frequency: 'occasional', effort: 'medium' });
  item('Train responders on database incident runbooks', 'process', carol, 90, monitoring, { severity: 'SEV3', frequency: 'rare', effort: 'medium' });
  const [support, shoppers, affected] = [id(), id(), id()];
  send({ type: 'AddStakeholder', data: { id: support, name: 'Support and sales teams', group: 'internal', channel: 'internal_meeting' } });
  send({ type: 'AddStakeholder', data: { id: shoppers, name: 'Shoppers', group: 'customer', channel: 'status_page' } });
  send({ type: 'AddStakeholder', data: { id: affected, name: 'Customers with abandoned carts', group: 'customer', channel: 'email' } });
  const [meeting, page, email] = [id(), id(), id()];
  send({ type: 'PlanCommunication', data: { id: meeting, stakeholderIds: [support], channel: 'internal_meeting', summary: 'Incident review with support and sales' } });
  send({ type: 'PlanCommunication', data: { id: page, stakeholderIds: [shoppers], channel: 'status_page', summary: 'Checkout was slow during the sale; it is fully recovered' } });
  send({ type: 'PlanCommunication', data: { id: email, stakeholderIds: [affected], channel: 'email', summary: 'Apology with a discount code' } });
  for (const notice of [page, email]) send({ type: 'ApproveCommunication', data: { communicationId: notice } }, team.reviewer);
  send({ type: 'RecordCommunicationSent', data: { communicationId: page, sentAt: at(70) } });
  send({ type: 'RecordCommunicationSent', data: { communicationId: email, sentAt: at(DAY / MINUTE) } });
  send({ type: 'RecordCommunicationSent', data: { communicationId: meeting, sentAt: at(3 * DAY / MINUTE) } });
  send({ type: 'SubmitForReview', data: {} });
  send({ type: 'ApproveReport', data: { note: 'Causes are well evidenced; actions are owned and dated' } }, team.reviewer, clock + DAY);
  send({ type: 'PublishReport', data: { publicSummary: 'Checkout was slow for about an hour during our spring sale; we fixed the query and added alerting.' } }, team.reviewer);
  return steps;
};
