import { readLines } from '@hindsight/importers';
import { spawn } from 'node:child_process';
import { createReadStream, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureGeneratedLog } from '../bench/generated-log';
import { fmt, machine, runBenchmark, table, verdict, writeSection } from '../bench/report';

/**
 * Importing a 1 GB log (docs/importers.md): the `import` command line on a generated log of
 * the five formats, its throughput against the ceiling of splitting the same file into lines
 * and nothing more (same run, same process kind), and its peak resident memory (VmHWM),
 * with Node's heap left uncapped.
 */
const root = join(__dirname, '../..');
const GIGABYTE = 1024 ** 3;
const BYTES = Number(process.env['BENCH_IMPORT_BYTES'] ?? GIGABYTE);
const file = join(root, 'tmp', `bench-import-${BYTES}.log`);

/** Runs a node program, sampling its peak resident memory from /proc until it exits. */
const measured = (args: string[]): Promise<{ seconds: number; peakMb: number; stdout: string }> =>
  new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    let peakMb = 0;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const sample = setInterval(() => {
      try {
        peakMb = Math.max(peakMb, Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);
      } catch {
        // exited between the tick and the read
      }
    }, 50);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(sample);
      if (code !== 0) reject(new Error(`${args.join(' ')} exited with ${code}`));
      else resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, peakMb, stdout });
    });
  });

const splitLinesOnly = async () => {
  const started = process.hrtime.bigint();
  let lines = 0;
  for await (const _ of readLines(createReadStream(file, { highWaterMark: 1 << 20 }))) lines += 1;
  return { lines, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
};

const main = async () => {
  mkdirSync(join(root, 'tmp'), { recursive: true });
  await ensureGeneratedLog(file, BYTES);
  const size = statSync(file).size;
  const mb = size / 1024 ** 2;
  const ceiling = await splitLinesOnly();
  const run = await measured([join(root, 'dist/tools/import.js'), file, '--format', 'logs', '--from', '2026-03-14T00:00:00Z', '--to', '2026-03-15T00:00:00Z', '--json', '--no-progress']);
  const result = JSON.parse(run.stdout) as { records: number; suggestions: unknown[]; unparsed: { count: number } };
  const throughput = mb / run.seconds;
  const ceilingThroughput = mb / ceiling.seconds;
  const body = [
    '## Importing a 1 GB log',
    '',
    `${machine()}. \`npm run bench-import\` (\`BENCH_IMPORT_BYTES\` for another size) generates a ${fmt(mb)} MB log of ${fmt(result.records)} lines in five formats`,
    `(JSON Lines, logfmt, RFC 5424, RFC 3164, RFC 3339 lines; 1 % warnings and errors, some garbage) and imports it with the \`import\``,
    'command line in its own process, the heap uncapped. The ceiling splits the same file into lines and does nothing else.',
    '',
    table(
      ['what', 'MB/s', 'seconds', 'peak resident memory'],
      [
        ['`import` (parse every line, group warnings and errors, clip to the window)', throughput.toFixed(1), run.seconds.toFixed(1), `${fmt(run.peakMb)} MB`],
        ['split into lines only (the ceiling)', ceilingThroughput.toFixed(1), ceiling.seconds.toFixed(1), ''],
      ],
    ),
    '',
    `The import found ${result.suggestions.length} suggestions and ${fmt(result.unparsed.count)} lines it could not read; its throughput is ${(throughput / ceilingThroughput).toFixed(2)}× the ceiling's.`,
    '',
    table(
      ['goal', 'measured', 'verdict'],
      [
        ['≥ 50 MB/s', `${throughput.toFixed(1)} MB/s`, verdict(throughput, 50, 'at least')],
        ['resident memory ≤ 200 MB', `${fmt(run.peakMb)} MB`, verdict(run.peakMb, 200, 'at most')],
      ],
    ),
  ].join('\n');
  writeSection(join(root, 'docs/benchmarks.md'), 'import', body);
  console.log(body);
};

runBenchmark(main);
