import { fixtureText, saleWindow } from '../../testing/fixtures';
import { importFile } from '../import-file';

const importFixture = (format: 'prometheus' | 'metrics-csv', file: string) =>
  importFile(format, [fixtureText(file)], { file, window: saleWindow, assumedZone: 'Europe/Paris' });

describe('importing metric series', () => {
  it('given a Prometheus range query of checkout latency with a step at the sale, then the rise and the fall are suggested with the series attached, and the steady series raise nothing', async () => {
    const result = await importFixture('prometheus', 'checkout-latency.prometheus.json');
    expect(result.records).toBe(3 * 1440);
    expect(result.unparsed.count).toBe(1);
    const [rise, fall, ...others] = result.suggestions;
    expect(others).toEqual([]);
    expect(rise).toMatchObject({ at: '2026-03-14T09:00:00.000Z', kind: 'observation', evidenceKind: 'metric', anomaly: true });
    expect(rise.description).toMatch(/^checkout_request_duration_p99_seconds\{instance="checkout-0:9100",service="checkout"\} rose from 0\.4\d* to (8\.\d+|9\.\d+|9)$/);
    expect(rise.series?.points.length).toBeLessThanOrEqual(120);
    expect(fall).toMatchObject({ at: '2026-03-14T10:03:00.000Z', anomaly: false });
    expect(result.firstSignal).toBe(rise.key);
  });

  it('given the same series as a wide CSV written in Paris time with gaps and torn rows, then the same changes are found and the torn rows are reported by line', async () => {
    const result = await importFixture('metrics-csv', 'checkout-latency.csv');
    expect(result.unparsed).toEqual({ count: 1, lines: [901] });
    const latency = result.suggestions.filter((s) => s.source.messageId === 'checkout_p99_seconds');
    expect(latency.map((s) => s.at)).toEqual(['2026-03-14T09:00:00.000Z', '2026-03-14T10:03:00.000Z']);
    expect(latency[0].source).toMatchObject({ zone: '+01:00', timestamp: '2026-03-14T10:00:00.000+01:00' });
    const cpu = result.suggestions.filter((s) => s.source.messageId === 'orders_db_cpu_ratio');
    expect(cpu.map((s) => s.at)).toEqual(['2026-03-14T09:02:00.000Z', '2026-03-14T10:03:00.000Z']);
  });
});
