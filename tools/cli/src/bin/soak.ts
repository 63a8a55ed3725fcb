import { SqliteEventStore, verifyLog } from '@hindsight/event-store';
import { spawnApi } from '@hindsight/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addTimelineEntry, linkEvidence, load, pick, readDocument, readListPage, reviseSeverity, seedDraftReports } from '../bench/load';
import { fmt, machine, residentMegabytes, runBenchmark, table, writeSection } from '../bench/report';

/**
 * Soak: SOAK_MINUTES (default 10) of bounded mixed load on loopback against the built API on a
 * temporary embedded store: 60 % commands, 40 % reads, SOAK_RATE requests/s over 20 connections.
 * Each minute it samples the API's resident memory and the minute's latency and failures. Fails
 * (exit 1) on any error or non-2xx answer, on memory growing more than 10 % from the second
 * minute (the first warms caches up) to the last, or on a broken hash chain afterwards.
 * Not part of `npm test`: run it with `npm run soak`.
 */
const MINUTES = Number(process.env['SOAK_MINUTES'] ?? 10);
const RATE = Number(process.env['SOAK_RATE'] ?? 400);
const REPORTS = 500;
/** Seconds per sample: a minute, shorter only to try the script out. */
const SAMPLE_SECONDS = Number(process.env['SOAK_SAMPLE_SECONDS'] ?? 60);
const root = join(__dirname, '../..');


const main = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hindsight-soak-'));
  const file = join(dir, 'events.sqlite');
  const ids = await seedDraftReports(file, REPORTS);
  const api = await spawnApi(file, { HINDSIGHT_RATE_LIMIT: '100000000', HINDSIGHT_RATE_LIMIT_PER_ADDRESS: '100000000' });
  const minutes: { minute: number; requests: number; p50: number; p99: number; failures: number; rss: number }[] = [];
  let succeeded = 0;
  try {
    for (let minute = 1; minute <= MINUTES; minute++) {
      const result = await load({
        url: api.url,
        token: api.adminToken as string,
        seconds: SAMPLE_SECONDS,
        connections: 20,
        rate: RATE,
        request: (request) => {
          const id = pick(ids);
          const roll = Math.random();
          if (roll < 0.3) return reviseSeverity(request, id);
          if (roll < 0.5) return addTimelineEntry(request, id);
          if (roll < 0.6) return linkEvidence(request, id);
          return roll < 0.85 ? readDocument(request, id) : readListPage(request);
        },
      });
      const sample = { minute, requests: result.requests.total, p50: result.latency.p50, p99: result.latency.p99, failures: result.errors + result.non2xx + result.timeouts, rss: residentMegabytes(api.child.pid as number) };
      succeeded += result['2xx'];
      minutes.push(sample);
      const statuses = Object.entries(result.statusCodeStats ?? {}).map(([status, { count }]) => `${status}×${count}`).join(' ');
      console.log(`minute ${minute} (${statuses}, ${result.errors} errors, ${result.timeouts} timeouts): ${fmt(sample.requests)} requests, p50 ${sample.p50} ms, p99 ${sample.p99} ms, ${sample.failures} failures, ${sample.rss.toFixed(0)} MB`);
    }
  } finally {
    api.child.kill('SIGTERM');
    await api.exited;
  }
  const store = SqliteEventStore.open(file);
  const chain = await verifyLog(store);
  await store.close();
  rmSync(dir, { recursive: true, force: true });

  const failures = minutes.reduce((sum, m) => sum + m.failures, 0);
  const baseline = minutes[Math.min(1, minutes.length - 1)].rss;
  const growth = minutes[minutes.length - 1].rss / baseline - 1;
  const problems = [
    failures > 0 ? `${failures} failed requests` : '',
    growth > 0.1 ? `memory grew ${(growth * 100).toFixed(0)} % from minute 2` : '',
    chain.broken.length > 0 ? `${chain.broken.length} broken streams` : '',
  ].filter(Boolean);
  const body = [
    `## Soak\n\nMeasured on ${machine()}. ${MINUTES} minutes of mixed load (60 % commands, 40 % reads) at ${fmt(RATE)} requests/s over 20 connections against the built API on the embedded store with ${fmt(REPORTS)} reports${process.env['NODE_OPTIONS'] ? ` (\`NODE_OPTIONS=${process.env['NODE_OPTIONS']}\`)` : ''}; one sample per minute.`,
    '',
    table(['minute', 'requests', 'p50 ms', 'p99 ms', 'failures', 'API resident MB'], minutes.map((m) => [m.minute, fmt(m.requests), m.p50, m.p99, m.failures, m.rss.toFixed(0)])),
    '',
    `${fmt(succeeded)} requests succeeded; ${failures} failed. Resident memory from minute 2 to the last: ${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)} % (limit +10 %). Hash chain afterwards: ${fmt(chain.events)} events in ${fmt(chain.streams)} streams, ${chain.broken.length} broken. Verdict: **${problems.length ? `failed — ${problems.join('; ')}` : 'passed'}**.`,
    '',
    `\`\`\`sh\n${process.env['NODE_OPTIONS'] ? `NODE_OPTIONS="${process.env['NODE_OPTIONS']}" ` : ''}npm run soak          # SOAK_MINUTES=10 SOAK_RATE=400 by default\n\`\`\``,
  ].join('\n');
  writeSection(join(root, 'docs/benchmarks.md'), 'soak', body);
  console.log(body);
  if (problems.length) throw new Error(`Soak failed: ${problems.join('; ')}`);
};

runBenchmark(main);
