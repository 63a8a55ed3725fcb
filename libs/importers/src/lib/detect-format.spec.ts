import { readFileSync } from 'node:fs';
import { fixturePath } from '../testing/fixtures';
import { DETECTION_BYTES, detectFormat } from './detect-format';

const head = (name: string) => readFileSync(fixturePath(name)).subarray(0, DETECTION_BYTES).toString('utf8');

describe('telling a file’s format from its start', () => {
  it.each([
    ['application.log', 'logs'],
    ['checkout-latency.prometheus.json', 'prometheus'],
    ['checkout-latency.csv', 'metrics-csv'],
    ['alertmanager.jsonl', 'alertmanager'],
    ['pagerduty.jsonl', 'pagerduty'],
    ['opsgenie.jsonl', 'opsgenie'],
    ['slack/incident-checkout/2026-03-14.json', 'slack'],
    ['deploys.csv', 'deploys'],
  ])('given %s, then it is read as %s', (file, format) => {
    expect(detectFormat(head(file))).toBe(format);
  });

  it('given JSON lines of an application log, then it is a log', () => {
    expect(detectFormat('{"level":"error","time":"2026-03-14T09:00:00Z","msg":"boom"}\n')).toBe('logs');
  });
});
