import { durationInWords, keyDurations } from './durations';
import { facts } from '../testing/fixtures';

describe('The key durations of an incident', () => {
  it('given every time, measures detection, mitigation and resolution from the start, and the review from resolution to publication', () => {
    const report = {
      facts: facts({ occurredAt: '2026-03-14T09:02:00Z', detectedAt: '2026-03-14T09:19:00Z', mitigatedAt: '2026-03-14T10:05:00Z', resolvedAt: '2026-03-14T11:40:00Z' }),
      publishedAt: '2026-03-17T12:40:00Z',
    };
    expect(keyDurations(report)).toEqual({ toDetect: 17, toMitigate: 63, toResolve: 158, review: 4_380 });
  });

  it('given times in different offsets, measures between the instants', () =>
    expect(keyDurations({ facts: facts({ occurredAt: '2026-03-14T09:00:00Z', detectedAt: '2026-03-14T10:30:00+01:00' }) }).toDetect).toBe(30));

  it('given unknown times, leaves those durations out', () => {
    const durations = keyDurations({ facts: facts({ occurredAt: '2026-03-14T09:00:00Z', detectedAt: undefined, mitigatedAt: undefined, resolvedAt: undefined }) });
    expect(durations).toEqual({ toDetect: undefined, toMitigate: undefined, toResolve: undefined, review: undefined });
  });

  it.each([
    [0, '0 min'],
    [17, '17 min'],
    [60, '1 h'],
    [158, '2 h 38 min'],
    [1_440, '1 d'],
    [4_380, '3 d 1 h'],
  ])('reads %d minutes as "%s"', (minutes, words) => expect(durationInWords(minutes)).toBe(words));
});
