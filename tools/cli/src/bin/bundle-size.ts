import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fmt, machine, runBenchmark, table, writeSection } from '../bench/report';

/**
 * What a browser downloads to show the dashboard's first page: the entry script, the chunks
 * index.html preloads with it, and the stylesheet, gzipped, against
 * what loads later with the other pages. Reads the built dashboard (dist/apps/dashboard).
 */
const root = join(__dirname, '../..');
const dist = join(root, 'dist/apps/dashboard');

const gzipKb = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;

const main = async () => {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]);
  const all = readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`);
  const sum = (files: string[]) => files.reduce((kb, f) => kb + gzipKb(f), 0);
  const js = (files: string[]) => files.filter((f) => f.endsWith('.js'));
  const css = (files: string[]) => files.filter((f) => f.endsWith('.css'));
  const later = all.filter((f) => !initial.includes(f));
  const rows = [
    ['first page: JavaScript', js(initial).length, sum(js(initial)).toFixed(1)],
    ['first page: stylesheet', css(initial).length, sum(css(initial)).toFixed(1)],
    ['other pages, on demand: JavaScript', js(later).length, sum(js(later)).toFixed(1)],
    ['other pages, on demand: stylesheets', css(later).length, sum(css(later)).toFixed(1)],
  ];
  const biggest = js(later).sort((a, b) => gzipKb(b) - gzipKb(a))[0];
  const body = [
    `## Dashboard download size\n\nMeasured on ${machine()} from the production build (\`npx nx build dashboard\`), gzip level 9. The first page is the report list; the editor, history, action-item board and trends load when opened.`,
    '',
    table(['what', 'files', 'gzip KiB'], rows),
    '',
    `The largest on-demand chunk is \`${biggest}\` (${gzipKb(biggest).toFixed(1)} KiB): the charts of the trends page. There is no peer here: the figure is recorded so a change that grows the first load shows in review (${fmt(sum(js(initial)) * 1024)} bytes of JavaScript today).`,
    '',
    '```sh\nnpx nx build dashboard && npm run bundle-size\n```',
  ].join('\n');
  writeSection(join(root, 'docs/benchmarks.md'), 'bundle', body);
  console.log(body);
};

runBenchmark(main);
