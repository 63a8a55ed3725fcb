import Holidays from 'date-holidays';
import { DateTime } from 'luxon';

/**
 * Which days are working days where a deadline is counted: not Saturday or Sunday, and not a
 * public holiday of the country (date-holidays; regional holidays and bank half-days do not count).
 * Without a country, only weekends are off.
 */
export class WorkingCalendar {
  private readonly holidays?: Holidays;
  private readonly byYear = new Map<number, Map<string, string>>();

  constructor(
    readonly country: string | undefined,
    readonly timeZone: string,
  ) {
    if (country) {
      this.holidays = new Holidays(country, { languages: ['en'] });
      if (!this.holidays.getCountries()[country]) throw new Error(`no holiday calendar for the country '${country}'`);
    }
    if (!DateTime.now().setZone(timeZone).isValid) throw new Error(`unknown time zone '${timeZone}'`);
  }

  /** The local calendar day of an instant here. */
  local(instant: DateTime): DateTime {
    return instant.setZone(this.timeZone);
  }

  holidayOn(day: DateTime): string | undefined {
    if (!this.holidays) return undefined;
    const local = this.local(day);
    let days = this.byYear.get(local.year);
    if (!days) {
      days = new Map(this.holidays.getHolidays(local.year).filter((h) => h.type === 'public').map((h) => [h.date.slice(0, 10), h.name]));
      this.byYear.set(local.year, days);
    }
    return days.get(local.toISODate() ?? '');
  }

  isWorkingDay(day: DateTime): boolean {
    const local = this.local(day);
    return local.weekday <= 5 && this.holidayOn(local) === undefined;
  }

  /** The first working day after the day of `instant`, at the local time `at` (HH:mm). */
  nextWorkingDay(instant: DateTime, at: string): DateTime {
    let day = this.local(instant).startOf('day').plus({ days: 1 });
    while (!this.isWorkingDay(day)) day = day.plus({ days: 1 });
    return withTime(day, at);
  }

  /** `count` working days after the day of `instant`, at the local time `at`. */
  addWorkingDays(instant: DateTime, count: number, at: string): DateTime {
    let day = this.local(instant).startOf('day');
    for (let left = count; left > 0; ) {
      day = day.plus({ days: 1 });
      if (this.isWorkingDay(day)) left -= 1;
    }
    return withTime(day, at);
  }
}

const withTime = (day: DateTime, at: string): DateTime => {
  const [hour, minute] = at.split(':').map(Number);
  return day.set({ hour, minute, second: 0, millisecond: 0 });
};
