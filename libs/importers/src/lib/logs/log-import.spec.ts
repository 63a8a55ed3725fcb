import { fixtureStream, fixtureText, saleWindow } from '../../testing/fixtures';
import { importLog } from './log-import';

describe('importing a mixed-format application log', () => {
  const file = 'application.log';
  const lines = fixtureText(file).split('\n');
  const garbage = lines.flatMap((l, i) => (/^(\tat |### |\{"level":50,"msg":"truncated)/.test(l) ? [i + 1] : []));
  const given = () => importLog(fixtureStream(file), { file, window: saleWindow, reference: new Date('2026-03-20T00:00:00Z') });

  it('given JSON, logfmt, RFC 5424, RFC 3164 and RFC 3339 lines, when imported, then every line but the garbage parses and the garbage is reported by line number', async () => {
    const result = await given();
    expect(result.records).toBe(lines.filter((l) => l.trim() !== '').length);
    expect(result.unparsed).toEqual({ count: garbage.length, lines: garbage.slice(0, 100) });
    expect(garbage.length).toBeGreaterThan(20);
  });

  it('given errors and warnings repeated hundreds of times, then each distinct message is one suggestion at its first occurrence, counting its lines', async () => {
    const { suggestions } = await given();
    const described = suggestions.map((s) => [s.description.replace(/\d+/g, 'N'), s.service, s.source.zone]);
    expect(described).toEqual(
      expect.arrayContaining([
        ['checkout: checkout timed out after N ms waiting for orders-db', 'checkout', 'Z'],
        ['orders-db: slow query: SELECT * FROM orders WHERE customer_id = N took Nms', 'orders-db', 'Z'],
        ['storefront: upstream checkout returned N', 'storefront', '+01:00'],
        ['kernel: TCP: out of memory -- consider tuning tcp_mem', 'kernel', 'UTC (assumed)'],
        ['payments: card authorisation queue depth N', 'payments', '+01:00'],
      ]),
    );
    const timeouts = suggestions.find((s) => s.description.startsWith('checkout: checkout timed out'));
    expect(timeouts?.count).toBeGreaterThan(100);
    expect(timeouts?.at).toMatch(/^2026-03-14T09:0/);
    expect(lines[(timeouts?.source.line ?? 0) - 1]).toContain('timed out');
  });

  it('given an error a day before the incident, then it lies outside the window and is counted, not suggested', async () => {
    const result = await given();
    expect(result.outsideWindow).toBe(1);
    expect(result.suggestions.every((s) => s.at >= saleWindow.from)).toBe(true);
  });

  it('given the first error before detection at 09:17, then it is marked as the first signal', async () => {
    const { suggestions, firstSignal } = await given();
    const first = suggestions.find((s) => s.key === firstSignal);
    expect(first?.anomaly).toBe(true);
    expect(first && first.at >= '2026-03-14T09:00:00.000Z' && first.at < '2026-03-14T09:17:00.000Z').toBe(true);
    expect(suggestions.filter((s) => s.anomaly && s.at < (first?.at ?? ''))).toEqual([]);
  });

  it('given the same log imported twice, then the suggestions carry the same keys', async () => {
    expect((await given()).suggestions.map((s) => s.key)).toEqual((await given()).suggestions.map((s) => s.key));
  });
});
