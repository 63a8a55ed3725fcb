import { logfmtFields } from './logfmt-line';

describe('logfmt', () => {
  it('given bare, quoted, escaped and valueless pairs, then each reads as the reference parser reads it', () => {
    expect(logfmtFields('time=2026-03-14T09:00:00Z level=warn msg="slow query \\"orders\\" took 2s" path=/a=b empty= debug')).toEqual({
      time: '2026-03-14T09:00:00Z',
      level: 'warn',
      msg: 'slow query "orders" took 2s',
      path: '/a=b',
      empty: '',
      debug: true,
    });
  });
});
