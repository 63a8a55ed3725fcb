import { formatInstant } from './dates';
import { readerLocale } from './time-zone';
import { fieldLabel } from './field-labels';

const ISO_INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})\b/g;
const day = (date: string) => new Intl.DateTimeFormat(readerLocale(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/**
 * A validation message as a person reads it next to a date field or in a dialog: no format
 * jargon, instants in the reader's zone, fields by the labels the editor shows.
 */
export const inPlainWords = (message: string): string => {
  if (/ISO-8601 date-time/.test(message)) return 'Enter a date and a time';
  if (/calendar date, YYYY-MM-DD/.test(message)) return 'Enter a date';
  const before = /^must not be before (\d{4}-\d{2}-\d{2})$/.exec(message);
  if (before) return `Check the year: nothing before ${day(before[1])} is accepted`;
  const after = /^must not be after (\d{4}-\d{2}-\d{2})$/.exec(message);
  if (after) return `Check the date: it can be no later than ${day(after[1])}`;
  return message.replace(ISO_INSTANT, (iso) => formatInstant(iso)).replace(/\b([a-z]+(?:At|Date|For))\b/g, (field) => fieldLabel(field));
};
