import { spawnApi } from '@hindsight/testing';
import type { Result } from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addTimelineEntry, insertRow, linkEvidence, load, pick, readDocument, readListPage, readRow, reviseSeverity, seedDraftReports } from '../bench/load';
import { fmt, machine, runBenchmark, table, verdict, writeSection } from '../bench/report';

/**
 * The API under load on this machine: 50 connections from autocannon (in this process) against
 * the built API (a child process) on the embedded store with 1,000 draft reports; a mix of
 * commands (70 % timeline entries, 20 % fact revisions, 10 % evidence), then reads.
 */
const REPORTS = 1_000;
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const root = join(__dirname, '../..');

/** The bare Fastify + better-sqlite3 ceilings in a child process of their own, as the API is. */
const spawnCeiling = (file: string) =>
  new Promise<{ url: string; stop: () => void }>((resolve, reject) => {
    const child = spawn(process.execPath, [join(__dirname, 'ceiling-server.js'), file, String(REPORTS)], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.once('data', (chunk: Buffer) => resolve({ url: chunk.toString().trim(), stop: () => child.kill('SIGTERM') }));
    child.once('exit', (code) => reject(new Error(`the ceiling server exited (${code})`)));
  });

const main = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hindsight-bench-http-'));
  const ids = await seedDraftReports(join(dir, 'events.sqlite'), REPORTS);
  const api = await spawnApi(join(dir, 'events.sqlite'), { HINDSIGHT_RATE_LIMIT: '100000000', HINDSIGHT_RATE_LIMIT_PER_ADDRESS: '100000000' });
  try {
    const token = api.adminToken as string;
    const run = (request: Parameters<typeof load>[0]['request']) => load({ url: api.url, token, seconds: SECONDS, connections: 50, request });
    const writes = await run((request) => {
      const id = pick(ids);
      const roll = Math.random();
      return roll < 0.7 ? addTimelineEntry(request, id) : roll < 0.9 ? reviseSeverity(request, id) : linkEvidence(request, id);
    });
    const document = await run((request) => readDocument(request, pick(ids)));
    const list = await run(readListPage);
    const ceiling = await spawnCeiling(join(dir, 'ceiling.sqlite'));
    const bare = (request: Parameters<typeof load>[0]['request']) => load({ url: ceiling.url, token: 'none', seconds: SECONDS, connections: 50, request });
    const insertCeiling = await bare(insertRow);
    const readCeiling = await bare((request) => readRow(request, REPORTS));
    ceiling.stop();
    const ratio = (r: Result, c: Result) => r.requests.average / c.requests.average;
    const row = (name: string, r: Result) => [name, fmt(r.requests.average), r.latency.p50.toFixed(1), r.latency.p99.toFixed(1), fmt(r.non2xx), fmt(r.errors)];
    const body = [
      `## HTTP\n\nMeasured on ${machine()}. autocannon with 50 connections for ${SECONDS} s per run, in the same process tree as the built API (a child process) on the embedded store (WAL, \`synchronous=FULL\`, group commit) with ${fmt(REPORTS)} reports. The ceilings run in the same run with the same load generator: bare Fastify routes in a child process of their own on a SQLite file of ${fmt(REPORTS)} rows, one inserting the request's JSON durably with group commit, one sending one row's stored JSON. The load generator shares the 2 cores with the server it measures.`,
      '',
      table(['load', 'requests/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors'], [
        row('commands: 70 % timeline entries, 20 % fact revisions, 10 % evidence', writes),
        row('reads: a report document', document),
        row('reads: a page of the report list', list),
        row('ceiling: bare Fastify, one durable SQLite insert per request, group commit', insertCeiling),
        row('ceiling: bare Fastify, one JSON row read from SQLite', readCeiling),
      ]),
      '',
      table(['goal', 'measured', 'verdict'], [
        ['≥ 3,000 commands/s', `${fmt(writes.requests.average)}/s`, verdict(writes.requests.average, 3_000, 'at least')],
        ['commands p99 ≤ 25 ms', `${writes.latency.p99} ms`, verdict(writes.latency.p99, 25, 'at most')],
        ['reads ≥ 10,000 requests/s', `${fmt(document.requests.average)}/s`, verdict(document.requests.average, 10_000, 'at least')],
        ['commands ≥ 0.25× the insert ceiling', `${ratio(writes, insertCeiling).toFixed(2)}×`, verdict(ratio(writes, insertCeiling), 0.25, 'at least')],
        ['report documents ≥ 0.5× the read ceiling', `${ratio(document, readCeiling).toFixed(2)}×`, verdict(ratio(document, readCeiling), 0.5, 'at least')],
        ['the report list page ≥ 0.25× the read ceiling', `${ratio(list, readCeiling).toFixed(2)}×`, verdict(ratio(list, readCeiling), 0.25, 'at least')],
      ]),
      '',
      '```sh\nnpm run bench-http\n```',
    ].join('\n');
    writeSection(join(root, 'docs/benchmarks.md'), 'http', body);
    console.log(body);
  } finally {
    api.child.kill('SIGTERM');
    await api.exited;
    rmSync(dir, { recursive: true, force: true });
  }
};

runBenchmark(main);
