import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ApiUnderTest, startApi } from '../testing/api-under-test';

const FIXTURES = join(__dirname, '../../../../libs/importers/fixtures');
const lines = (name: string) => readFileSync(join(FIXTURES, name), 'utf8').trim().split('\n');
const team = 'commerce-platform';

describe('Live alerts and pages over HTTP', () => {
  let api: ApiUnderTest;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.stop());

  it('given an open report of checkout, when Alertmanager posts its alerts, then they are suggested on that report once, however often they are re-sent', async () => {
    const hook = api.as('alertmanager@shop.example', ['editor'], [team]);
    const alice = api.as('alice@shop.example', ['editor'], [team]);
    const { body: report } = await alice('POST', '/api/postmortems', { title: 'Checkout slow', severity: 'SEV2', services: ['checkout'], team, occurredAt: '2026-03-14T09:00:00Z' });
    const incidentPayloads = lines('alertmanager.jsonl').filter((l) => l.includes('CheckoutLatencyHigh')).map((l) => JSON.parse(l));

    const first = await hook('POST', '/api/hooks/alertmanager', incidentPayloads[0], { 'x-correlation-id': 'am-1' });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ attached: [{ reportId: report.id, importId: expect.any(String), suggestions: 1 }], unattached: [] });
    const resent = await hook('POST', '/api/hooks/alertmanager', incidentPayloads[1]);
    expect(resent.body.attached).toEqual([{ reportId: report.id, suggestions: 0 }]);
    const resolved = await hook('POST', '/api/hooks/alertmanager', incidentPayloads.at(-1));
    expect(resolved.body.attached[0].suggestions).toBe(1);

    const suggestions = (await alice('GET', `/api/postmortems/${report.id}/suggestions`)).body.suggestions;
    expect(suggestions.map((s: { description: string }) => s.description)).toEqual([
      'Alert CheckoutLatencyHigh firing: checkout p99 above 2 s for 5 minutes',
      'Alert CheckoutLatencyHigh resolved: checkout p99 above 2 s for 5 minutes',
    ]);
  });

  it('given alerts of a service with no open report, then they are reported as unattached and nothing is recorded', async () => {
    const hook = api.as('alertmanager@shop.example', ['editor'], [team]);
    const payload = JSON.parse(lines('alertmanager.jsonl')[0]);
    payload.alerts[0].labels.service = 'billing';
    expect((await hook('POST', '/api/hooks/alertmanager', payload)).body).toEqual({ attached: [], unattached: [{ service: 'billing', alerts: 1 }] });
  });

  it('given a PagerDuty incident.triggered no report names, then a report is drafted with the page’s facts, and later events of the incident join it as suggestions', async () => {
    const pager = api.as('pagerduty@shop.example', ['editor'], [team]);
    const [triggered, acknowledged] = lines('pagerduty.jsonl').map((l) => JSON.parse(l));
    const drafted = await pager('POST', '/api/hooks/pagerduty', triggered);
    expect(drafted.body).toEqual({ reportId: expect.any(String), drafted: true, suggestions: 1 });
    const report = (await pager('GET', `/api/postmortems/${drafted.body.reportId}`)).body;
    expect(report.facts).toMatchObject({ title: 'Checkout p99 latency above 2 s', severity: 'SEV2', services: ['checkout'], team, occurredAt: '2026-03-14T09:21:00.000Z', detectionMethod: 'alert', externalReference: { id: 'PagerDuty #4821', url: 'https://shop.pagerduty.com/incidents/Q1ZB4' } });

    const later = await pager('POST', '/api/hooks/pagerduty', acknowledged);
    expect(later.body).toEqual({ reportId: drafted.body.reportId, drafted: false, suggestions: 1 });
    const again = await pager('POST', '/api/hooks/pagerduty', triggered);
    expect(again.body).toEqual({ reportId: drafted.body.reportId, drafted: false, suggestions: 0 });
  });

  it('given an Opsgenie Create from a token of several teams, then it must name the team; named, it drafts the report', async () => {
    const wide = api.as('opsgenie@shop.example', ['editor'], [team, 'payments']);
    const [create] = lines('opsgenie.jsonl').map((l) => JSON.parse(l));
    const unnamed = await wide('POST', '/api/hooks/opsgenie', create);
    expect([unnamed.status, unnamed.body.errors[0].field]).toEqual([400, 'team']);
    const named = await wide('POST', `/api/hooks/opsgenie?team=${team}`, create);
    expect(named.body).toMatchObject({ drafted: true, suggestions: 1 });
  });

  it('given a payload that is not the published format, then it is refused with the field', async () => {
    const hook = api.as('alertmanager@shop.example', ['editor'], [team]);
    const reply = await hook('POST', '/api/hooks/alertmanager', { alerts: [{ status: 'burning', labels: {} }] });
    expect(reply.status).toBe(400);
    expect(reply.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['alerts.0.status', 'alerts.0.startsAt']));
    expect((await api.as('analyst@shop.example', ['analyst'], [])('POST', '/api/hooks/pagerduty', {})).status).toBe(403);
  });
});
