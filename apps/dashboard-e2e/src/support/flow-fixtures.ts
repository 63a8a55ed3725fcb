import { join } from 'node:path';

/** Screenshots of the main pages, shown in the README; the tablet's are kept out of the tree, to look at. */
export const SCREENSHOTS = join(__dirname, '../../../../docs/screenshots');
export const LOOK_ONLY = join(__dirname, '../../../../tmp/screenshots');

/** The widths every scenario runs at, and the prefix of their screenshots. */
export const VIEWPORTS = [
  ['desktop', { width: 1440, height: 900 }, ''],
  ['tablet', { width: 768, height: 1024 }, 'tablet-'],
  ['phone', { width: 390, height: 844 }, 'phone-'],
] as const;

/** What a reader who reads nothing else needs, as the editor writes it. */
export const EXECUTIVE_SUMMARY = [
  'During the spring sale **checkout slowed to 8–20 s for 63 minutes**; about 4,800 orders were lost.',
  '',
  'Release 4.12 shipped an order-history query without an index. What changes:',
  '',
  '- the query is indexed and paged;',
  '- releases are load-tested before peak events;',
  '- checkout latency pages the on-call engineer.',
].join('\n');
