import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const CLI = join(__dirname, '../../../../dist/tools/import.js');
const fixture = (name: string) => join(__dirname, '../../../../libs/importers/fixtures', name);
const run = (...args: string[]) => execFileSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

describe('The import command line', () => {
  it('given a log and the incident’s window, then it prints the suggestions, the first signal marked, and the lines it could not read', () => {
    const out = run(fixture('application.log'), '--from', '2026-03-14T03:00:00Z', '--to', '2026-03-14T12:38:00Z', '--detected-at', '2026-03-14T09:17:00Z');
    expect(out).toMatch(/^application\.log: logs, 9,051 records\n/);
    expect(out).toMatch(/93 records did not parse: line 18, 93, /);
    expect(out).toMatch(/2026-03-14T09:00:00\.182Z ⚑ observation +×333 checkout: checkout timed out/);
  });

  it('given no format, then it is told from the content, and --json prints the whole result', () => {
    const result = JSON.parse(run(fixture('checkout-latency.prometheus.json'), '--json')) as { format: string; suggestions: unknown[] };
    expect(result.format).toBe('prometheus');
    expect(result.suggestions.length).toBeGreaterThan(0);
  });

  it('given a time that is not an instant, then it says which option and why, and exits 1', () => {
    const { status, stderr } = spawnSync(process.execPath, [CLI, fixture('deploys.csv'), '--from', 'yesterday'], { encoding: 'utf8' });
    expect(status).toBe(1);
    expect(stderr).toContain("option '--from <instant>' argument 'yesterday' is invalid. must be an ISO-8601 date-time with a zone");
  });

  it('given the folder of a Slack export, then each channel is read with its people named', () => {
    expect(run(fixture('slack'), '--no-progress')).toMatch(/^incident-checkout\/: slack, \d+ records\n[\s\S]*communication +Sam \(Support\): @Dana Ito checkout is crawling/);
  });
});
