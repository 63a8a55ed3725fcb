import fc from 'fast-check';
import { changePoints } from './change-points';

/** Gaussian noise from a seeded generator, so a failing case can be replayed. */
const noise = (seed: number) => {
  let state = seed >>> 0 || 1;
  const uniform = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) + 1) / 4294967297;
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
};

const segments = (parts: Array<{ length: number; mean: number }>, sigma: number, seed: number) => {
  const gauss = noise(seed);
  return parts.flatMap(({ length, mean }) => Array.from({ length }, () => mean + gauss() * sigma));
};

describe('change points (PELT, Gaussian mean shift)', () => {
  it('given a clean step, when analysed, then the change is found exactly, with the means either side', () => {
    expect(changePoints([...Array(30).fill(0.4), ...Array(30).fill(9)])).toEqual([{ index: 30, before: expect.closeTo(0.4), after: expect.closeTo(9) }]);
  });

  it('given a constant series, then there is no change', () => {
    expect(changePoints(Array(500).fill(3))).toEqual([]);
  });

  it('given a series too short to hold two segments, then there is no change', () => {
    expect(changePoints([1, 1, 9, 9])).toEqual([]);
  });

  it('given noisy series with steps of at least six noise levels, then each step is found within two points', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ length: fc.integer({ min: 25, max: 200 }), shift: fc.double({ min: 6, max: 50, noNaN: true }), up: fc.boolean() }), { minLength: 2, maxLength: 5 }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.integer(),
        (parts, sigma, seed) => {
          let mean = 1000 * sigma;
          const withMeans = parts.map((p, i) => ({ length: p.length, mean: i === 0 ? mean : (mean += (p.up ? 1 : -1) * p.shift * sigma) }));
          const truth = withMeans.slice(1).map((_, i) => withMeans.slice(0, i + 1).reduce((n, p) => n + p.length, 0));
          const found = changePoints(segments(withMeans, sigma, seed)).map((c) => c.index);
          expect(found).toHaveLength(truth.length);
          found.forEach((index, i) => expect(Math.abs(index - truth[i])).toBeLessThanOrEqual(2));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('given stationary noise of any level and length, then no change is reported (no false alarm)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1500 }), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.integer(), (length, sigma, level, seed) => {
        expect(changePoints(segments([{ length, mean: level }], sigma, seed))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('given a latency series with occasional single spikes, then the spikes are not changes (a running median removes them first)', () => {
    const series = segments([{ length: 600, mean: 0.4 }], 0.03, 7).map((v, i) => (i % 97 === 13 ? v * 20 : v));
    expect(changePoints(series)).toEqual([]);
  });
});
