import { inPlainWords } from './plain-words';
import { chooseZone } from './time-zone';

beforeAll(() => chooseZone('UTC'));

describe('Date-field errors in plain words', () => {
  it('asks for a date and time instead of naming a format', () => {
    expect(inPlainWords('must be an ISO-8601 date-time with a time zone, e.g. 2026-03-14T09:30:00Z')).toBe('Enter a date and a time');
    expect(inPlainWords('must be a calendar date, YYYY-MM-DD')).toBe('Enter a date');
  });

  it('says which way a date is implausible', () => {
    expect(inPlainWords('must not be before 1990-01-01')).toBe('Check the year: nothing before January 1, 1990 is accepted');
    expect(inPlainWords('must not be after 2026-12-07')).toBe('Check the date: it can be no later than December 7, 2026');
  });

  it('names fields by their labels and instants in the reader’s zone', () =>
    expect(inPlainWords('detectedAt (2026-03-14T09:19:00.000Z) must not be before occurredAt (2026-03-14T09:30:00.000Z)')).toBe(
      'Detected at (Mar 14, 2026, 09:19 AM UTC) must not be before Occurred at (Mar 14, 2026, 09:30 AM UTC)',
    ));

  it('leaves every other message as it is', () => expect(inPlainWords('must not be empty')).toBe('must not be empty'));
});
