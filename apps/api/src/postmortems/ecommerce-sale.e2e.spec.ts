import { SqliteEventStore, verifyChain } from '@hindsight/event-store';
import { type ApiUnderTest, startApi } from '../testing/api-under-test';
import { runEcommerceSale } from '../testing/ecommerce-sale.scenario';

describe('The e-commerce sale slowdown, end to end over HTTP', () => {
  let api: ApiUnderTest;
  let people: { editor: string; reviewer: string };
  beforeAll(async () => {
    api = await startApi();
    people = {
      editor: api.token('alice@shop.example', ['editor'], ['commerce-platform']),
      reviewer: api.token('dana@shop.example', ['reviewer'], ['commerce-platform']),
    };
  });
  afterAll(() => api.stop());

  it('is drafted, analysed, acted on, communicated, reviewed and published', async () => {
    const run = await runEcommerceSale(api.send, people);
    const { status, body: report, headers } = await api.as('auditor', ['auditor'], [])('GET', `/api/postmortems/${run.postmortemId}`);

    expect(status).toBe(200);
    expect(headers['etag']).toBe(`"${report.revision}"`);
    expect(report.status).toBe('published');
    expect(report.facts.severity).toBe('SEV2');
    expect(report.timeline).toHaveLength(8);
    expect(report.timeline.filter((e: { kind: string }) => e.kind === 'action')).toHaveLength(2);
    expect(report.evidence).toHaveLength(4);
    expect(report.causes.map((c: { category: string }) => c.category)).toEqual(['faulty_deployment', 'software_bug', 'missing_monitoring']);
    expect(report.causes[1].evidenceIds).toEqual([run.evidence.slowLog, run.evidence.trace]);
    expect(report.lessons).toHaveLength(3);

    expect(report.actionItems).toHaveLength(4);
    for (const item of report.actionItems) {
      expect(item.owner?.name).toBeTruthy();
      expect(item.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(item.causeIds.length).toBeGreaterThan(0);
      expect(item.status).toBe('open');
    }
    const optimise = report.actionItems.find((i: { id: string }) => i.id === run.actionItems.optimiseQuery);
    expect(optimise.priority).toEqual({ severity: 'SEV1', frequency: 'frequent', effort: 'small' });
    expect(report.actionItems.find((i: { id: string }) => i.id === run.actionItems.preDeploymentTesting).priority.severity).toBe('SEV2');

    expect(report.stakeholders.map((s: { group: string }) => s.group)).toEqual(['internal', 'customer', 'customer']);
    expect(report.communications.map((c: { channel: string; status: string }) => [c.channel, c.status])).toEqual([
      ['internal_meeting', 'sent'],
      ['status_page', 'sent'],
      ['email', 'sent'],
    ]);
    expect(report.publicSummary).toMatch(/spring sale/);
    expect(run.published.revision).toBe(report.revision);
  });

  it('records who did what in a verifiable hash chain', async () => {
    const { postmortemId } = await runEcommerceSale(api.send, people);
    const store = SqliteEventStore.open(api.databasePath);
    const events = await store.readStream(`postmortem-${postmortemId}`);
    await store.close();
    expect(verifyChain(events).valid).toBe(true);
    expect(events[0].type).toBe('PostmortemDrafted');
    expect(events.at(-1)?.type).toBe('PostmortemPublished');
    expect(events.at(-1)?.metadata.actor).toBe('dana@shop.example');
    expect(events.filter((e) => e.metadata.actor === 'alice@shop.example').length).toBeGreaterThan(30);
  });
});
