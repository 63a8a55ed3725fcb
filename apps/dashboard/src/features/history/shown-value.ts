import { formatInstant } from '../../lib/dates';
import { fieldLabel, WORD_VALUED } from '../../lib/field-labels';
import { label } from '../../lib/labels';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * A value of a report's field as the report view shows it: instants in the reader's zone,
 * the domain's words as labels, linked ids as what they name, owners and references in words.
 */
export const shownValue = (field: string, value: unknown, titleOf: (id: string) => string = (id) => id): string => {
  if (value === undefined || value === null || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map((item) => (field.endsWith('Ids') ? titleOf(String(item)) : shownValue(field, item, titleOf))).join(', ');
  if (typeof value === 'number') return value.toLocaleString();
  if (typeof value === 'string') return INSTANT.test(value) ? formatInstant(value) : WORD_VALUED.has(field) ? label(value) : value;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (field === 'owner') return `${String(record['name'])} (${String(record['kind'])})`;
    if (field === 'externalReference') return [record['id'], record['url']].filter(Boolean).join(' — ');
    return Object.entries(record)
      .map(([key, inner]) => `${fieldLabel(key)}: ${shownValue(key, inner, titleOf)}`)
      .join('; ');
  }
  return String(value);
};
