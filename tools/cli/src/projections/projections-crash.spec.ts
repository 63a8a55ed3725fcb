import { generateHistory, writeHistory } from '@hindsight/demo-data';
import { SqliteEventStore } from '@hindsight/event-store';
import { dumpReadModels, openReadModels } from '@hindsight/projections';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(__dirname, '../../../../dist/tools/projections.js');

const checkpointsOf = (file: string) => {
  const db = openReadModels(file);
  try {
    return db.prepare<[], { name: string; version: number; position: string | null }>('SELECT name, version, position FROM projection_checkpoints ORDER BY name').all();
  } finally {
    db.close();
  }
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The checkpoints as text, or '' before the projection process has created them. */
const progressOf = (file: string): string => {
  try {
    return JSON.stringify(checkpointsOf(file));
  } catch {
    return '';
  }
};

/** Resolves once the checkpoints are `ready`, or the process has ended: a kill after this lands mid-run however slow the machine. */
const progressed = async (ready: () => boolean, exited: Promise<unknown>) => {
  let ended = false;
  void exited.then(() => (ended = true));
  while (!ended && !ready()) await sleep(20);
};

const dumpOf = (file: string) => {
  const db = openReadModels(file);
  try {
    return dumpReadModels(db);
  } finally {
    db.close();
  }
};

/**
 * Starts the projections tool and kills it with SIGKILL once its checkpoints are `ready` (by
 * default: moved since it started), up to `times` times; how many kills landed.
 */
const killWhileRunning = async (args: string[], readModels: string, times: number, ready?: () => boolean): Promise<number> => {
  let kills = 0;
  for (let attempt = 0; attempt < 2 * times && kills < times; attempt++) {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const before = progressOf(readModels);
    await progressed(ready ?? (() => progressOf(readModels) !== before), exited);
    await sleep(Math.random() * 100);
    if (child.kill('SIGKILL')) kills += (await exited) === null ? 1 : 0;
    else await exited;
  }
  return kills;
};

describe('Given the projection process is killed with SIGKILL while it applies batches', () => {
  let dir: string;
  let data: string;
  let head: string | undefined;
  const perReport = new Map<string, number>();
  let clean: Record<string, unknown[]>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hindsight-projection-kill-'));
    data = join(dir, 'events.sqlite');
    const store = SqliteEventStore.open(data);
    await writeHistory(store, generateHistory({ incidents: 1500, end: new Date('2026-11-01T00:00:00Z') }));
    for (const e of await store.readAll()) perReport.set(e.streamId.slice('postmortem-'.length), (perReport.get(e.streamId.slice('postmortem-'.length)) ?? 0) + 1);
    head = (await store.readAll()).at(-1)?.position;
    await store.close();
    const rebuilt = join(dir, 'clean.sqlite');
    execFileSync(process.execPath, [CLI, '--data', data, '--read-models', rebuilt, 'rebuild'], { stdio: 'pipe' });
    clean = dumpOf(rebuilt);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('while catching up, then after restarts no event is applied twice or skipped, and the result equals a clean rebuild', async () => {
    const readModels = join(dir, 'read-models.sqlite');
    expect(await killWhileRunning(['--data', data, '--read-models', readModels, '--batch-size', '40', 'catch-up'], readModels, 3)).toBeGreaterThanOrEqual(1);
    expect(checkpointsOf(readModels).some((c) => c.position !== head)).toBe(true);

    execFileSync(process.execPath, [CLI, '--data', data, '--read-models', readModels, 'catch-up'], { stdio: 'pipe' });
    expect(checkpointsOf(readModels).every((c) => c.position === head)).toBe(true);

    const db = openReadModels(readModels);
    const counted = new Map(db.prepare<[], { report_id: string; events: number }>('SELECT report_id, events FROM rm_activity').all().map((r) => [r.report_id, r.events]));
    db.close();
    expect(counted).toEqual(perReport);
    expect(dumpOf(readModels)).toEqual(clean);
  });

  it('while rebuilding report by report, then the next run rebuilds again from the start, and the result equals a clean rebuild', async () => {
    const readModels = join(dir, 'rebuilding.sqlite');
    const rebuilding = () => progressOf(readModels).includes('"version":-1');
    expect(await killWhileRunning(['--data', data, '--read-models', readModels, '--batch-size', '40', 'rebuild'], readModels, 1, rebuilding)).toBe(1);
    // Killed partway, the checkpoints say the rebuild is unfinished (version -1), not how far it came.
    expect(checkpointsOf(readModels).every((c) => c.version === -1 && c.position === null)).toBe(true);

    const output = execFileSync(process.execPath, [CLI, '--data', data, '--read-models', readModels, 'catch-up'], { encoding: 'utf8', stdio: 'pipe' });
    expect(output).toContain('was being rebuilt when it stopped: rebuilding it again');
    expect(checkpointsOf(readModels).every((c) => c.position === head)).toBe(true);
    expect(dumpOf(readModels)).toEqual(clean);
  });
});
