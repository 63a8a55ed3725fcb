import { fixtureText } from '../../testing/fixtures';
import { draftFacts } from './paged-incident';
import { importOpsgenie, opsgenieIncident } from './opsgenie';
import { importPagerDuty, pagerDutyIncident } from './pagerduty';

const firstLine = (file: string) => JSON.parse(fixtureText(file).split('\n')[0]) as unknown;

describe('PagerDuty and Opsgenie webhooks', () => {
  it('given a PagerDuty incident.triggered webhook, then it drafts a report with its facts filled in', () => {
    const incident = pagerDutyIncident(firstLine('pagerduty.jsonl'));
    expect(incident && draftFacts(incident, 'Shop')).toEqual({
      title: 'Checkout p99 latency above 2 s',
      severity: 'SEV2',
      services: ['checkout'],
      team: 'Shop',
      occurredAt: '2026-03-14T09:21:00.000Z',
      detectedAt: '2026-03-14T09:21:00.000Z',
      customerImpact: '',
      summary: '',
      externalReference: { id: 'PagerDuty #4821', url: 'https://shop.pagerduty.com/incidents/Q1ZB4' },
      detectionMethod: 'alert',
    });
  });

  it('given an Opsgenie Create webhook, then it drafts the same report from Opsgenie’s fields', () => {
    expect(opsgenieIncident(firstLine('opsgenie.jsonl'))).toEqual({
      reference: { id: 'Opsgenie 1791' },
      title: 'Checkout p99 latency above 2 s',
      severity: 'SEV2',
      service: 'checkout',
      raisedAt: '2026-03-14T09:21:00.000Z',
    });
  });

  it('given a PagerDuty incident’s webhooks, then each is a timeline suggestion of its kind, and a ping is reported as unparsed', () => {
    const result = importPagerDuty(fixtureText('pagerduty.jsonl'), { file: 'pagerduty.jsonl' });
    expect(result.suggestions.map((s) => [s.at, s.kind, s.description])).toEqual([
      ['2026-03-14T09:21:00.000Z', 'detection', 'PagerDuty incident #4821 triggered: Checkout p99 latency above 2 s'],
      ['2026-03-14T09:23:00.000Z', 'action', 'PagerDuty incident #4821 acknowledged by Dana Ito: Checkout p99 latency above 2 s'],
      ['2026-03-14T09:30:00.000Z', 'escalation', 'PagerDuty incident #4821 escalated by Dana Ito: Checkout p99 latency above 2 s'],
      ['2026-03-14T10:05:00.000Z', 'action', 'PagerDuty incident #4821 resolved by Eli Brandt: Checkout p99 latency above 2 s'],
    ]);
    expect(result.unparsed).toEqual({ count: 1, lines: [5] });
  });

  it('given Opsgenie webhooks with nanosecond update times, then they read as the same instants', () => {
    const result = importOpsgenie(fixtureText('opsgenie.jsonl'), { file: 'opsgenie.jsonl' });
    expect(result.suggestions.map((s) => [s.at, s.kind, s.description])).toEqual([
      ['2026-03-14T09:21:00.000Z', 'detection', 'Opsgenie alert 1791 created: Checkout p99 latency above 2 s'],
      ['2026-03-14T09:23:00.000Z', 'action', 'Opsgenie alert 1791 acknowledged by dana@shop.example: Checkout p99 latency above 2 s'],
      ['2026-03-14T10:05:00.000Z', 'action', 'Opsgenie alert 1791 closed by eli@shop.example: Checkout p99 latency above 2 s'],
    ]);
  });
});
