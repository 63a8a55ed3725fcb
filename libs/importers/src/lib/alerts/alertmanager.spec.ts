import { fixtureText, saleWindow } from '../../testing/fixtures';
import { importAlertmanager } from './alertmanager';

describe('importing Alertmanager notifications', () => {
  const file = 'alertmanager.jsonl';
  const given = () => importAlertmanager(fixtureText(file), { file, window: saleWindow });

  it('given a fortnight of notifications re-sent every five minutes, when imported for the sale, then the incident’s alerts are suggested once each, firing then resolved', async () => {
    const { suggestions } = given();
    expect(suggestions.map((s) => [s.at, s.kind, s.description, s.service])).toEqual([
      ['2026-03-14T09:21:00.000Z', 'detection', 'Alert CheckoutLatencyHigh firing: checkout p99 above 2 s for 5 minutes', 'checkout'],
      ['2026-03-14T09:24:00.000Z', 'detection', 'Alert OrdersDbCpuHigh firing: orders-db CPU above 90 %', 'orders-db'],
      ['2026-03-14T10:05:00.000Z', 'observation', 'Alert CheckoutLatencyHigh resolved: checkout p99 above 2 s for 5 minutes', 'checkout'],
      ['2026-03-14T10:05:00.000Z', 'observation', 'Alert OrdersDbCpuHigh resolved: orders-db CPU above 90 %', 'orders-db'],
    ]);
    expect(suggestions[0].count).toBe(9);
  });

  it('given the earlier alerts of the fortnight, then they are counted as outside the window', () => {
    expect(given().outsideWindow).toBeGreaterThan(1000);
  });

  it('given two lines torn by a crash, then they are reported by line number and the rest still imports', () => {
    expect(given().unparsed).toEqual({ count: 2, lines: [401, 1501] });
  });

  it('given the first alert after detection at 09:17, then no alert is the first signal', () => {
    expect(given().firstSignal).toBeUndefined();
  });
});
