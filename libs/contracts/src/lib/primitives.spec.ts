import fc from 'fast-check';
import { calendarDate, instant, name, requiredText, searchText } from './primitives';

const accepts = (schema: { safeParse(v: unknown): { success: boolean } }, value: unknown) => schema.safeParse(value).success;

/** Characters no text field takes: controls, bidi overrides and isolates, BOM, noncharacters, lone surrogates. */
const forbidden = fc.oneof(
  fc.integer({ min: 0, max: 8 }),
  fc.integer({ min: 0x0e, max: 0x1f }),
  fc.integer({ min: 0x7f, max: 0x9f }),
  fc.integer({ min: 0x202a, max: 0x202e }),
  fc.integer({ min: 0x2066, max: 0x2069 }),
  fc.constantFrom(0xfeff, 0xfffe, 0xffff, 0xd800, 0xdbff, 0xdc00, 0xdfff),
).map((code) => String.fromCharCode(code));

describe('Text fields', () => {
  it('refuse any forbidden character anywhere, naming it', () =>
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), forbidden, fc.string(), (before, bad, after) => {
        for (const schema of [name(), requiredText(), searchText()]) {
          const result = schema.safeParse(`x${before}${bad}${after}`);
          expect(result.success).toBe(false);
        }
        const result = requiredText().safeParse(`x${bad}`);
        expect(result.error?.issues[0].message).toMatch(/U\+[0-9A-F]{4} at position 2/);
      }),
    ));

  it('accept text in any script, with emoji, and line breaks in prose but not in names', () => {
    for (const text of ['Café', '東京のデータセンター', 'שלום', 'Ошибка', '🚀 launch', 'a\u200db']) expect(accepts(name(), text)).toBe(true);
    expect(accepts(requiredText(), 'line one\nline two\ttabbed')).toBe(true);
    expect(accepts(name(), 'line one\nline two')).toBe(false);
  });

  it('refuse a name with nothing visible in it', () => {
    for (const text of ['\u200b', '\u2060\u200b', '\u00ad', '\u3164']) expect(accepts(name(), text)).toBe(false);
  });
});

describe('Instants', () => {
  it('are stored in UTC, to the millisecond, whatever the offset they were given in', () =>
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-02T00:00:00Z'), max: new Date(), noInvalidDate: true }), fc.integer({ min: -12 * 60, max: 14 * 60 }), (at, offsetMinutes) => {
        const local = new Date(at.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 23);
        const sign = offsetMinutes < 0 ? '-' : '+';
        const abs = Math.abs(offsetMinutes);
        const written = `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
        expect(instant().parse(written)).toBe(at.toISOString());
      }),
    ));

  it('sort as text in the order of the moments they name', () =>
    fc.assert(
      fc.property(fc.array(fc.date({ min: new Date('1990-01-02T00:00:00Z'), max: new Date(), noInvalidDate: true }), { minLength: 2 }), (dates) => {
        const stored = dates.map((d) => instant().parse(d.toISOString()));
        expect([...stored].sort()).toEqual([...dates].sort((a, b) => a.getTime() - b.getTime()).map((d) => d.toISOString()));
      }),
    ));

  it('refuse what cannot have happened: before 1990, or more than a day from now', () => {
    for (const value of ['0000-01-01T00:00:00Z', '1989-12-31T23:59:59Z', '9999-12-31T00:00:00Z', new Date(Date.now() + 2 * 86_400_000).toISOString()]) {
      expect(accepts(instant(), value)).toBe(false);
    }
  });

  it('take due dates up to five years ahead, not 9999', () => {
    const inFourYears = new Date(Date.now() + 4 * 365 * 86_400_000).toISOString().slice(0, 10);
    expect(accepts(calendarDate(), inFourYears)).toBe(true);
    expect(calendarDate().safeParse('9999-12-31').error?.issues[0].message).toMatch(/must not be after/);
  });
});
