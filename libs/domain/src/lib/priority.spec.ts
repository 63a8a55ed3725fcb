import fc from 'fast-check';
import { prioritise } from './priority';
import { EFFORTS, FREQUENCIES, SEVERITIES } from './values';

describe('Action item priority', () => {
  it('puts a quick fix for a frequent SEV1 problem first', () =>
    expect(prioritise({ severity: 'SEV1', frequency: 'frequent', effort: 'small', recurrences: 0 })).toMatchObject({ score: 36, band: 'P0' }));

  it('puts a costly fix for a rare minor problem last', () =>
    expect(prioritise({ severity: 'SEV4', frequency: 'rare', effort: 'large', recurrences: 0 })).toMatchObject({ score: 1, band: 'P3' }));

  it('given a cause category starts recurring, when the item is prioritised again, then its band rises', () => {
    const item = { severity: 'SEV2' as const, frequency: 'rare' as const, effort: 'large' as const };
    const before = prioritise({ ...item, recurrences: 1 });
    const after = prioritise({ ...item, recurrences: 4 });
    expect([before.band, after.band]).toEqual(['P3', 'P1']);
    expect(after.factors.frequency).toEqual({ estimated: 'rare', measured: 'frequent', recurrences: 4, used: 'frequent', weight: 3 });
  });

  it("never lowers the team's own frequency estimate", () =>
    expect(prioritise({ severity: 'SEV2', frequency: 'frequent', effort: 'small', recurrences: 0 }).factors.frequency.used).toBe('frequent'));

  it('never falls when severity, frequency or recurrences rise, or effort falls', () =>
    fc.assert(
      fc.property(
        fc.constantFrom(...SEVERITIES),
        fc.constantFrom(...FREQUENCIES),
        fc.constantFrom(...EFFORTS),
        fc.nat(10),
        fc.nat(10),
        (severity, frequency, effort, a, b) => {
          const [fewer, more] = a <= b ? [a, b] : [b, a];
          expect(prioritise({ severity, frequency, effort, recurrences: more }).score).toBeGreaterThanOrEqual(
            prioritise({ severity, frequency, effort, recurrences: fewer }).score,
          );
          const harder = EFFORTS[Math.min(EFFORTS.indexOf(effort) + 1, 2)];
          expect(prioritise({ severity, frequency, effort, recurrences: a }).score).toBeGreaterThanOrEqual(
            prioritise({ severity, frequency, effort: harder, recurrences: a }).score,
          );
          const worse = SEVERITIES[Math.max(SEVERITIES.indexOf(severity) - 1, 0)];
          expect(prioritise({ severity: worse, frequency, effort, recurrences: a }).score).toBeGreaterThanOrEqual(
            prioritise({ severity, frequency, effort, recurrences: a }).score,
          );
        },
      ),
    ));
});
