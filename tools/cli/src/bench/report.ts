import { cpus, totalmem } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';

export interface Row {
  name: string;
  operations: number;
  seconds: number;
}

export const rate = (row: Row) => row.operations / row.seconds;

export const machine = () =>
  `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node.js ${process.version}, ${new Date().toISOString().slice(0, 10)}`;

export const table = (header: string[], rows: (string | number)[][]): string =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** A process's resident memory, from Linux's /proc. */
export const residentMegabytes = (pid: number): number =>
  Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

export const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** Replaces the section between `<!-- bench:NAME -->` markers in docs/benchmarks.md (or appends it). */
export const writeSection = (file: string, name: string, body: string) => {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const text = readFileSync(file, 'utf8');
  const section = `${start}\n${body.trim()}\n${end}`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  writeFileSync(file, from >= 0 && to > from ? text.slice(0, from) + section + text.slice(to + end.length) : `${text.trimEnd()}\n\n${section}\n`);
};

export const timed = async (name: string, operations: number, work: () => Promise<void> | void): Promise<Row> => {
  const started = process.hrtime.bigint();
  await work();
  return { name, operations, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
};

/** "met", or by how much a measured value misses its goal. */
export const verdict = (measured: number, goal: number, direction: 'at least' | 'at most'): string => {
  const met = direction === 'at least' ? measured >= goal : measured <= goal;
  const miss = direction === 'at least' ? 1 - measured / goal : measured / goal - 1;
  return met ? 'met' : `missed by ${(miss * 100).toFixed(0)} %`;
};

/** Runs a benchmark's main and exits non-zero if it fails. */
export const runBenchmark = (main: () => Promise<void>): void => {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
};
