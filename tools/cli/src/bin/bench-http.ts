import { type NewEvent, SqliteEventStore } from '@hindsight/event-store';
import { spawnApi } from '@hindsight/testing';
import autocannon, { type Result } from 'autocannon';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmt, machine, table, writeSection , runBenchmark, verdict } from '../bench/report';

/**
 * The API under load on this machine: 50 connections from autocannon (in this process) against
 * the built API (a child process) on the embedded store with 1,000 draft reports; a mix of
 * commands (70 % timeline entries, 20 % fact revisions, 10 % evidence), then reads.
 */
const REPORTS = 1_000;
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const root = join(__dirname, '../..');

const seed = async (file: string): Promise<string[]> => {
  const store = SqliteEventStore.open(file);
  const ids = Array.from({ length: REPORTS }, () => randomUUID());
  for (const id of ids) {
    const drafted: NewEvent = {
      id: randomUUID(),
      type: 'PostmortemDrafted',
      schemaVersion: 1,
      data: { postmortemId: id, facts: { title: `Load ${id.slice(0, 8)}`, severity: 'SEV3', services: ['api'], team: 'platform', occurredAt: '2026-01-01T00:00:00Z', customerImpact: '', summary: '' } },
      metadata: { actor: 'bench', timestamp: new Date().toISOString(), correlationId: 'c', causationId: 'c' },
    };
    await store.append(`postmortem-${id}`, [drafted], 'no_stream');
  }
  await store.close();
  return ids;
};

const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)];

const load = (url: string, token: string, requests: autocannon.Request[]): Promise<Result> =>
  new Promise((resolve, reject) => {
    autocannon({ url, connections: 50, duration: SECONDS, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, requests }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });

const main = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hindsight-bench-http-'));
  const ids = await seed(join(dir, 'events.sqlite'));
  const api = await spawnApi(join(dir, 'events.sqlite'), { HINDSIGHT_RATE_LIMIT: '100000000' });
  try {
    const token = api.adminToken as string;
    const command: autocannon.Request = {
      setupRequest: (request) => {
        const report = `/api/postmortems/${pick(ids)}`;
        const roll = Math.random();
        if (roll < 0.7) return { ...request, method: 'POST', path: `${report}/timeline`, body: JSON.stringify({ at: '2026-01-01T00:05:00Z', kind: 'observation', description: 'Under load' }) };
        if (roll < 0.9) return { ...request, method: 'PATCH', path: `${report}/facts`, body: JSON.stringify({ severity: pick(['SEV2', 'SEV3', 'SEV4']) }) };
        return { ...request, method: 'POST', path: `${report}/evidence`, body: JSON.stringify({ kind: 'log', title: 'Logs', url: 'https://logs.example.com/q' }) };
      },
    };
    const writes = await load(api.url, token, [command]);
    const document = await load(api.url, token, [{ setupRequest: (request) => ({ ...request, method: 'GET', path: `/api/postmortems/${pick(ids)}` }) }]);
    const list = await load(api.url, token, [{ setupRequest: (request) => ({ ...request, method: 'GET', path: `/api/postmortems?team=platform&limit=25&offset=${Math.floor(Math.random() * 40) * 25}` }) }]);
    const row = (name: string, r: Result) => [name, fmt(r.requests.average), r.latency.p50.toFixed(1), r.latency.p99.toFixed(1), fmt(r.non2xx), fmt(r.errors)];
    const body = [
      `## HTTP\n\nMeasured on ${machine()}. autocannon with 50 connections for ${SECONDS} s per run, in the same process tree as the built API (a child process) on the embedded store (WAL, \`synchronous=FULL\`, group commit) with ${fmt(REPORTS)} reports. The load generator shares the 2 cores with the API.`,
      '',
      table(['load', 'requests/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors'], [row('commands: 70 % timeline entries, 20 % fact revisions, 10 % evidence', writes), row('reads: a report document', document), row('reads: a page of the report list', list)]),
      '',
      table(['goal', 'measured', 'verdict'], [
        ['≥ 3,000 commands/s', `${fmt(writes.requests.average)}/s`, verdict(writes.requests.average, 3_000, 'at least')],
        ['commands p99 ≤ 25 ms', `${writes.latency.p99} ms`, verdict(writes.latency.p99, 25, 'at most')],
        ['reads ≥ 10,000 requests/s', `${fmt(document.requests.average)}/s`, verdict(document.requests.average, 10_000, 'at least')],
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
