import { isClientRoute } from './client-routes';

describe('Client routes (served the dashboard)', () => {
  it.each(['/reports/42', '/reports/42/history?x=1', '/trends', '/action-items'])('include the page %s', (url) => expect(isClientRoute('GET', url)).toBe(true));

  it.each(['/', '/api/postmortems', '/api', '/assets/index-abc.js', '/favicon.ico'])('exclude %s', (url) => expect(isClientRoute('GET', url)).toBe(false));

  it('exclude anything but reads', () => expect(isClientRoute('POST', '/reports/42')).toBe(false));
});
