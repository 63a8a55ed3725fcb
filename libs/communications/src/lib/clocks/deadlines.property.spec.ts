import fc from 'fast-check';
import { DateTime } from 'luxon';
import { stageClock } from './deadlines';
import { DEFAULT_REGIMES_DIR, loadRegimes, type Regime } from './regime';
import { WorkingCalendar } from './working-calendar';

const regimes = loadRegimes(DEFAULT_REGIMES_DIR);
const regime = (id: string) => regimes.find((r) => r.id === id) as Regime;
const stage = (id: string, stageId: string) => regime(id).stages.find((s) => s.id === stageId) as Regime['stages'][number];
const NOW = new Date('2020-01-01T00:00:00Z');
/** Organisations on several continents, on both sides of the date line, with and without summer time. */
const CALENDARS = [
  new WorkingCalendar('DE', 'Europe/Berlin'),
  new WorkingCalendar('IE', 'Europe/Dublin'),
  new WorkingCalendar('BR', 'America/Sao_Paulo'),
  new WorkingCalendar('JP', 'Asia/Tokyo'),
  new WorkingCalendar('NZ', 'Pacific/Auckland'),
  new WorkingCalendar(undefined, 'UTC'),
];
const instant = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
const hours = (h: number) => h * 3_600_000;

describe('Regulatory deadlines, for any moments and calendars', () => {
  it('DORA: the initial notification is due within 4 h of classification and never before it; a deadline on a day off moves to 12:00 of the next working day', () =>
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 72 * 60 }), fc.constantFrom(...CALENDARS), (aware, minutesLater, calendar) => {
        const classified = new Date(Date.parse(aware) + minutesLater * 60_000).toISOString();
        const clock = stageClock(stage('eu-dora', 'initial'), regime('eu-dora'), { facts: { becameAwareAt: aware, classifiedMajorAt: classified }, filed: {} }, calendar, NOW);
        const due = Date.parse(clock.dueAt as string);
        const unmoved = Date.parse(clock.movedFrom ?? (clock.dueAt as string));
        expect(unmoved).toBeGreaterThanOrEqual(Date.parse(classified));
        expect(unmoved).toBeLessThanOrEqual(Date.parse(classified) + hours(4));
        if (Date.parse(classified) <= Date.parse(aware) + hours(24)) expect(unmoved).toBeLessThanOrEqual(Date.parse(aware) + hours(24));
        const local = DateTime.fromMillis(due, { zone: calendar.timeZone });
        expect(calendar.isWorkingDay(local)).toBe(true);
        if (clock.movedFrom) expect([local.hour, local.minute, due > unmoved]).toEqual([12, 0, true]);
      }),
    ));

  it('SEC: Form 8-K is due at 17:30 New York time on a US working day, at least four days after the determination', () => {
    const newYork = new WorkingCalendar('US', 'America/New_York');
    fc.assert(
      fc.property(instant, (determined) => {
        const clock = stageClock(stage('us-sec-8k', 'form-8k'), regime('us-sec-8k'), { facts: { materialityDeterminedAt: determined }, filed: {} }, newYork, NOW);
        const local = DateTime.fromISO(clock.dueAt as string, { zone: 'America/New_York' });
        expect([local.hour, local.minute, newYork.isWorkingDay(local)]).toEqual([17, 30, true]);
        const days = local.startOf('day').diff(DateTime.fromISO(determined, { zone: 'America/New_York' }).startOf('day'), 'days').days;
        expect(days).toBeGreaterThanOrEqual(4);
        expect(days).toBeLessThanOrEqual(4 + 2 * 2 + 3);
      }),
    );
  });

  it('a filing on or before the deadline is met, after it late; none is due before the deadline and overdue after it', () =>
    fc.assert(
      fc.property(instant, fc.integer({ min: -100, max: 100 }), (aware, offsetHours) => {
        const gdpr = (filed: Record<string, { first: string; latest: string }>, now: Date) =>
          stageClock(stage('eu-gdpr', 'notification'), regime('eu-gdpr'), { facts: { becameAwareAt: aware }, filed }, CALENDARS[0] as WorkingCalendar, now);
        const due = Date.parse(aware) + hours(72);
        const at = new Date(due + hours(offsetHours)).toISOString();
        expect(gdpr({ notification: { first: at, latest: at } }, NOW).status).toBe(offsetHours <= 0 ? 'met' : 'late');
        expect(gdpr({}, new Date(at)).status).toBe(offsetHours <= 0 ? 'due' : 'overdue');
      }),
    ));
});
