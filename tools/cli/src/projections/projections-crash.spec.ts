import { generateHistory, writeHistory } from '@hindsight/demo-data';
import { SqliteEventStore } from '@hindsight/event-store';
import { dumpReadModelsFile, openReadModels } from '@hindsight/projections';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
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
    clean = dumpReadModelsFile(rebuilt);
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
    expect(dumpReadModelsFile(readModels)).toEqual(clean);
  });

  it('while rebuilding every read model into a new file, then the old file is left as it was, and the next rebuild starts over and replaces it', async () => {
    const readModels = join(dir, 'rebuilt-in-place-of.sqlite');
    execFileSync(process.execPath, [CLI, '--data', data, '--read-models', readModels, 'catch-up'], { stdio: 'pipe' });
    const building = `${readModels}.rebuilding`;
    const rebuilding = () => progressOf(building).includes('"version":-1');
    expect(await killWhileRunning(['--data', data, '--read-models', readModels, '--batch-size', '40', 'rebuild'], building, 1, rebuilding)).toBe(1);
    expect(existsSync(building)).toBe(true);
    expect(dumpReadModelsFile(readModels)).toEqual(clean);

    execFileSync(process.execPath, [CLI, '--data', data, '--read-models', readModels, 'rebuild'], { stdio: 'pipe' });
    expect(existsSync(building)).toBe(false);
    expect(['-wal', '-shm'].filter((side) => existsSync(readModels + side))).toEqual([]);
    expect(checkpointsOf(readModels).every((c) => c.position === head)).toBe(true);
    expect(dumpReadModelsFile(readModels)).toEqual(clean);
  });

  it('when another process has the read models open, then a rebuild refuses to replace them and says why', () => {
    const readModels = join(dir, 'in-use.sqlite');
    execFileSync(process.execPath, [CLI, '--data', data, '--read-models', readModels, 'catch-up'], { stdio: 'pipe' });
    const api = openReadModels(readModels);
    try {
      api.prepare('SELECT count(*) FROM rm_reports').get();
      const refused = spawnSync(process.execPath, [CLI, '--data', data, '--read-models', readModels, 'rebuild'], { encoding: 'utf8' });
      expect(refused.status).not.toBe(0);
      expect(refused.stderr + refused.stdout).toContain('is open in another process: stop the API before rebuilding its read models');
    } finally {
      api.close();
    }
    expect(dumpReadModelsFile(readModels)).toEqual(clean);
  });
});
