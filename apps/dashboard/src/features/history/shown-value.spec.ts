import { shownValue } from './shown-value';
import { chooseZone } from '../../lib/time-zone';

beforeAll(() => chooseZone('UTC'));

describe('Values in the history read as the report shows them', () => {
  it('shows instants in the reader’s zone, the domain’s words as labels, numbers grouped', () => {
    expect(shownValue('occurredAt', '2026-03-14T09:02:00.000Z')).toBe('Mar 14, 2026, 09:02 AM UTC');
    expect(shownValue('category', 'missing_monitoring')).toBe('Missing monitoring');
    expect(shownValue('title', 'payments_gateway down')).toBe('payments_gateway down');
    expect(shownValue('usersAffected', 4800)).toBe('4,800');
  });

  it('shows lists, owners, references and links in words', () => {
    expect(shownValue('services', ['storefront', 'checkout'])).toBe('storefront, checkout');
    expect(shownValue('owner', { kind: 'team', name: 'sre' })).toBe('sre (team)');
    expect(shownValue('externalReference', { id: 'INC-7', url: 'https://pager.example/INC-7' })).toBe('INC-7 — https://pager.example/INC-7');
    expect(shownValue('evidenceIds', ['e1'], (id) => (id === 'e1' ? 'Checkout p99 latency' : id))).toBe('Checkout p99 latency');
    expect(shownValue('impact', { usersAffected: 10, requestsFailed: 3 })).toBe('Users affected: 10; Requests failed: 3');
  });

  it('shows nothing as a dash and an empty list as none', () => {
    expect(shownValue('mitigatedAt', null)).toBe('—');
    expect(shownValue('services', [])).toBe('none');
  });
});
