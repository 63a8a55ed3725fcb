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
    return db.prepare<[], { name: string; position: string | null }>('SELECT name, position FROM projection_checkpoints ORDER BY name').all();
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

/** Resolves once a checkpoint has moved since `before`, or the process has ended: a kill after this lands mid-catch-up however slow the machine. */
const progressed = async (file: string, before: string, exited: Promise<unknown>) => {
  let ended = false;
  void exited.then(() => (ended = true));
  while (!ended && progressOf(file) === before) await sleep(20);
};

describe('Given the projection process is killed with SIGKILL while it applies batches', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'hindsight-projection-kill-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('then after restarts no event is applied twice or skipped, and the result equals a clean rebuild', async () => {
    const data = join(dir, 'events.sqlite');
    const readModels = join(dir, 'read-models.sqlite');
    const store = SqliteEventStore.open(data);
    await writeHistory(store, generateHistory({ incidents: 1500, end: new Date('2026-11-01T00:00:00Z') }));
    const perReport = new Map<string, number>();
    for (const e of await store.readAll()) perReport.set(e.streamId.slice('postmortem-'.length), (perReport.get(e.streamId.slice('postmortem-'.length)) ?? 0) + 1);
    const head = (await store.readAll()).at(-1)?.position;
    await store.close();

    let kills = 0;
    for (let attempt = 0; attempt < 6 && kills < 3; attempt++) {
      const child = spawn(process.execPath, [CLI, '--data', data, '--read-models', readModels, '--batch-size', '40', 'catch-up'], { stdio: 'ignore' });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      await progressed(readModels, progressOf(readModels), exited);
      await sleep(Math.random() * 100);
      if (child.kill('SIGKILL')) kills += (await exited) === null ? 1 : 0;
      else await exited;
    }
    expect(kills).toBeGreaterThanOrEqual(1);
    const interrupted = checkpointsOf(readModels);
    expect(interrupted.some((c) => c.position !== head)).toBe(true);

    execFileSync(process.execPath, [CLI, '--data', data, '--read-models', readModels, 'catch-up'], { stdio: 'pipe' });
    expect(checkpointsOf(readModels).every((c) => c.position === head)).toBe(true);

    const db = openReadModels(readModels);
    const counted = new Map(db.prepare<[], { report_id: string; events: number }>('SELECT report_id, events FROM rm_activity').all().map((r) => [r.report_id, r.events]));
    expect(counted).toEqual(perReport);
    const recovered = dumpReadModels(db);
    db.close();

    const clean = join(dir, 'clean.sqlite');
    execFileSync(process.execPath, [CLI, '--data', data, '--read-models', clean, 'rebuild'], { stdio: 'pipe' });
    const rebuilt = openReadModels(clean);
    expect(recovered).toEqual(dumpReadModels(rebuilt));
    rebuilt.close();
  });
});
