import { SqliteEventStore, verifyLog } from '@hindsight/event-store';
import { scrapeMetrics, spawnApi } from '@hindsight/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load, seedDraftReports } from '../bench/load';
import { OpenReviews } from '../bench/open-reviews';
import { fmt, machine, residentMegabytes, runBenchmark, table, writeSection } from '../bench/report';

/**
 * Soak: SOAK_MINUTES (default 20) of bounded mixed load on loopback against the built API on a
 * temporary embedded store: 60 % commands, 40 % reads, SOAK_RATE requests/s over 20 connections,
 * on OPEN reviews under way at once (`OpenReviews`). Each minute it samples the API's resident
 * memory, the minute's latency and failures, and how full the API's cache of folded reports is.
 * Memory may grow while that cache fills (90 % of its limit) and for some minutes after, as V8
 * sizes its heap and SQLite its page caches; over the second half of the run, all of it with the
 * cache full, growth over 10 % is a leak. Fails (exit 1) on that, on the cache filling too late
 * for it, on any error or non-2xx answer, or on a broken hash chain afterwards.
 * Not part of `npm test`: run it with `npm run soak`.
 */
const MINUTES = Number(process.env['SOAK_MINUTES'] ?? 20);
const RATE = Number(process.env['SOAK_RATE'] ?? 400);
const SEEDED = 500;
const OPEN = 100;
const COMMANDS_EACH = 120;
/** Seconds per sample: a minute, shorter only to try the script out. */
const SAMPLE_SECONDS = Number(process.env['SOAK_SAMPLE_SECONDS'] ?? 60);
const root = join(__dirname, '../..');

/** A gauge's value from the API's `/metrics`. */
const gauge = async (url: string, name: string): Promise<number> => {
  const value = (await scrapeMetrics(url))(name)?.metrics[0]?.value;
  if (value === undefined) throw new Error(`/metrics has no ${name}`);
  return Number(value);
};

const main = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hindsight-soak-'));
  const file = join(dir, 'events.sqlite');
  const reviews = new OpenReviews(await seedDraftReports(file, SEEDED), OPEN, COMMANDS_EACH);
  const api = await spawnApi(file, { HINDSIGHT_RATE_LIMIT: '100000000', HINDSIGHT_RATE_LIMIT_PER_ADDRESS: '100000000' });
  const minutes: { minute: number; requests: number; p50: number; p99: number; failures: number; rss: number; cached: number; reports: number }[] = [];
  let succeeded = 0;
  let cacheLimit = 0;
  try {
    cacheLimit = await gauge(api.url, 'hindsight_report_cache_events_limit');
    for (let minute = 1; minute <= MINUTES; minute++) {
      const result = await load({ url: api.url, token: api.adminToken as string, seconds: SAMPLE_SECONDS, connections: 20, rate: RATE, request: reviews.next, onResponse: reviews.answered });
      const sample = {
        minute,
        requests: result.requests.total,
        p50: result.latency.p50,
        p99: result.latency.p99,
        failures: result.errors + result.non2xx + result.timeouts,
        rss: residentMegabytes(api.child.pid as number),
        cached: await gauge(api.url, 'hindsight_report_cache_events'),
        reports: reviews.reports,
      };
      succeeded += result['2xx'];
      minutes.push(sample);
      const statuses = Object.entries(result.statusCodeStats ?? {}).map(([status, { count }]) => `${status}×${count}`).join(' ');
      console.log(`minute ${minute} (${statuses}, ${result.errors} errors, ${result.timeouts} timeouts): ${fmt(sample.requests)} requests, p50 ${sample.p50} ms, p99 ${sample.p99} ms, ${sample.failures} failures, ${sample.rss.toFixed(0)} MB, ${fmt(sample.cached)} events cached, ${fmt(sample.reports)} reports`);
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
  const full = minutes.find((m) => m.cached >= 0.9 * cacheLimit);
  const half = minutes[Math.floor((minutes.length - 1) / 2)];
  const last = minutes[minutes.length - 1];
  const percent = (from: { rss: number }) => `${last.rss >= from.rss ? '+' : ''}${((last.rss / from.rss - 1) * 100).toFixed(1)} %`;
  const steady = full !== undefined && full.minute <= half.minute;
  const problems = [
    failures > 0 ? `${failures} failed requests` : '',
    steady ? '' : `the report cache was not full by minute ${half.minute} (${full ? `full at minute ${full.minute}` : `${fmt(last.cached)} of ${fmt(cacheLimit)} events at the end`}), so the run's second half saw no steady state`,
    steady && last.rss / half.rss - 1 > 0.1 ? `memory grew ${percent(half)} over the second half` : '',
    chain.broken.length > 0 ? `${chain.broken.length} broken streams` : '',
  ].filter(Boolean);
  const memory = full
    ? `Resident memory from minute ${full.minute}, when the report cache was full, to the last: ${percent(full)}; over the second half, from minute ${half.minute}: ${percent(half)} (limit +10 %).`
    : '';
  const body = [
    `## Soak\n\nMeasured on ${machine()}. ${MINUTES} minutes of mixed load (60 % commands, 40 % reads) at ${fmt(RATE)} requests/s over 20 connections against the built API on the embedded store${process.env['NODE_OPTIONS'] ? ` (\`NODE_OPTIONS=${process.env['NODE_OPTIONS']}\`)` : ''}: ${OPEN} reviews open at once, each taking ${COMMANDS_EACH} commands before it is left and a new report drafted in its place; ${fmt(SEEDED)} reports to start with. One sample per minute; "cached" is the events the API's folded reports hold (at most ${fmt(cacheLimit)}).`,
    '',
    table(['minute', 'requests', 'p50 ms', 'p99 ms', 'failures', 'API resident MB', 'events cached', 'reports'], minutes.map((m) => [m.minute, fmt(m.requests), m.p50, m.p99, m.failures, m.rss.toFixed(0), fmt(m.cached), fmt(m.reports)])),
    '',
    [
      `${fmt(succeeded)} requests succeeded; ${failures} failed.`,
      memory,
      `Hash chain afterwards: ${fmt(chain.events)} events in ${fmt(chain.streams)} streams, ${chain.broken.length} broken.`,
      `Verdict: **${problems.length ? `failed — ${problems.join('; ')}` : 'passed'}**.`,
    ].filter(Boolean).join(' '),
    '',
    `\`\`\`sh\n${process.env['NODE_OPTIONS'] ? `NODE_OPTIONS="${process.env['NODE_OPTIONS']}" ` : ''}npm run soak          # SOAK_MINUTES=20 SOAK_RATE=400 by default\n\`\`\``,
  ].join('\n');
  writeSection(join(root, 'docs/benchmarks.md'), 'soak', body);
  console.log(body);
  if (problems.length) throw new Error(`Soak failed: ${problems.join('; ')}`);
};

runBenchmark(main);
