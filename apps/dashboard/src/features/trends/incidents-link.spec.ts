import { incidentsLink } from './incidents-link';

const none = { from: '', to: '', service: '', team: '', severity: '' };
const params = (link: string) => Object.fromEntries(new URL(link, 'http://dashboard').searchParams);

describe('A trend bar opens exactly its incidents', () => {
  it('given a month, lists the incidents that occurred in it', () =>
    expect(params(incidentsLink(none, 'month', '2026-12'))).toEqual({ from: '2026-12-01', to: '2027-01-01' }));

  it('given a range narrower than the month, keeps the narrower ends', () =>
    expect(params(incidentsLink({ ...none, from: '2026-03-10', to: '2026-03-20' }, 'month', '2026-03'))).toEqual({ from: '2026-03-10', to: '2026-03-20' }));

  it('given a service or a team, matches it as a whole name, with the other filters kept', () => {
    expect(params(incidentsLink({ ...none, severity: 'SEV1' }, 'service', 'payments'))).toEqual({ service: 'payments', severity: 'SEV1', exact: 'true' });
    expect(params(incidentsLink({ ...none, service: 'checkout' }, 'team', 'commerce'))).toEqual({ service: 'checkout', team: 'commerce', exact: 'true' });
  });
});
