import { fixtureText, saleWindow } from '../../testing/fixtures';
import { importDeploys } from './deploys';

describe('importing a deploy history', () => {
  const file = 'deploys.csv';

  it('given a fortnight of deploys as CSV, when imported for the sale, then the deploys in the window are suggested and the culprit, written in Paris time, is among them', () => {
    const result = importDeploys(fixtureText(file), { file, window: saleWindow });
    expect(result.records).toBe(fixtureText(file).trim().split('\n').length - 1);
    expect(result.outsideWindow).toBeGreaterThan(2000);
    expect(result.suggestions.find((s) => s.description === 'checkout 2026.03.14-1 deployed by dana')).toMatchObject({
      at: '2026-03-14T08:43:00.000Z',
      kind: 'deploy',
      source: { zone: '+01:00', timestamp: '2026-03-14T09:43:00.000+01:00' },
    });
  });

  it('given a row whose time does not parse, then it is reported by line number', () => {
    const lines = fixtureText(file).split('\n');
    expect(importDeploys(fixtureText(file), { file }).unparsed).toEqual({ count: 1, lines: [lines.findIndex((l) => l.includes('not a time')) + 1] });
  });

  it('given the same deploys as JSON, then the suggestions are the same records', () => {
    const json = JSON.stringify([{ service: 'checkout', version: '2026.03.14-1', deployed_at: '2026-03-14T08:43:00Z', user: 'dana' }]);
    const fromCsv = importDeploys(fixtureText(file), { file, window: saleWindow }).suggestions.find((s) => s.service === 'checkout' && s.at === '2026-03-14T08:43:00.000Z');
    expect(importDeploys(json, { file: 'deploys.json' }).suggestions[0].key).toBe(fromCsv?.key);
  });
});
