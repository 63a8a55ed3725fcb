import { LogVerifier, SqliteEventStore } from '@hindsight/event-store';
import { dumpReadModelsFile } from '@hindsight/projections';
import { spawnApi } from '@hindsight/testing';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { overHttp } from '../testing/http-client';

const PROJECTIONS_CLI = join(__dirname, '../../../../dist/tools/projections.js');
/** The short version for every test run; the soak and the long crash loop are separate scripts. */
const KILLS = Number(process.env['HINDSIGHT_CRASH_LOOP_KILLS'] ?? 5);
const ACKNOWLEDGED_BEFORE_KILL = 10;
/** Every round starts the API afresh, and a start alone has taken seconds on a busy CI machine. */
const TIMEOUT_MS = 120_000;


describe(`Given the API is SIGKILLed ${KILLS} times at random moments under concurrent load`, () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'hindsight-crash-loop-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('then nothing acknowledged is lost or doubled, chains verify, and read models equal a rebuild', async () => {
    const databasePath = join(dir, 'events.sqlite');
    const readModels = join(dir, 'events.read-models.sqlite');
    const acknowledged = new Map<string, number>();
    let token: string | undefined;
    const reportIds: string[] = [];

    for (let round = 0; round < KILLS; round++) {
      const api = await spawnApi(databasePath);
      token ??= api.adminToken;
      const send = overHttp(api.url);
      const auth = { authorization: `Bearer ${token}` };
      if (reportIds.length === 0) {
        for (const title of ['A', 'B', 'C']) {
          reportIds.push((await send('POST', '/api/postmortems', { title, severity: 'SEV4', services: ['s'], team: 't', occurredAt: '2026-01-01T00:00:00Z' }, auth)).body.id);
        }
      }
      let stop = false;
      let acknowledgedThisRound = 0;
      let loadUnderway: () => void = () => undefined;
      const underway = new Promise<void>((resolve) => (loadUnderway = resolve));
      const writer = async (w: number) => {
        for (let i = 0; !stop; i++) {
          const id = reportIds[(w + i) % reportIds.length];
          try {
            const r = await send('POST', `/api/postmortems/${id}/timeline`, { at: '2026-01-01T00:01:00Z', kind: 'observation', description: `round ${round} writer ${w} #${i}` }, auth);
            if (r.status === 201) {
              acknowledged.set(r.body.id, (acknowledged.get(r.body.id) ?? 0) + 1);
              if (++acknowledgedThisRound === ACKNOWLEDGED_BEFORE_KILL) loadUnderway();
            } else throw new Error(`unexpected ${r.status}`);
          } catch (error) {
            if (!stop && !(error instanceof TypeError)) throw error;
            return;
          }
        }
      };
      const writers = [0, 1, 2, 3].map(writer);
      // A random moment once the load is underway, however slow the machine is.
      await Promise.race([underway, Promise.all(writers)]);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 400));
      api.child.kill('SIGKILL');
      stop = true;
      await Promise.all(writers);
      await api.exited;
    }
    expect(acknowledged.size).toBeGreaterThanOrEqual(KILLS * ACKNOWLEDGED_BEFORE_KILL);
    expect([...acknowledged.values()].every((n) => n === 1)).toBe(true);

    const store = SqliteEventStore.open(databasePath);
    const log = await store.readAll();
    const head = log.at(-1)?.position as string;
    await store.close();
    const verifier = new LogVerifier();
    log.forEach((e) => verifier.add(e));
    expect(verifier.broken).toEqual([]);
    const added = log.filter((e) => e.type === 'TimelineEntryAdded').map((e) => String(e.data['id']));
    expect(new Set(added).size).toBe(added.length);
    for (const id of acknowledged.keys()) expect(added).toContain(id);

    const last = await spawnApi(databasePath);
    try {
      const caughtUp = await overHttp(last.url)('GET', `/api/postmortems?minPosition=${head}`, undefined, { authorization: `Bearer ${token}` });
      expect(caughtUp.status).toBe(200);
    } finally {
      last.child.kill('SIGTERM');
      await last.exited;
    }
    const rebuilt = join(dir, 'rebuilt.sqlite');
    execFileSync(process.execPath, [PROJECTIONS_CLI, '--data', databasePath, '--read-models', rebuilt, 'rebuild'], { stdio: 'pipe' });
    expect(dumpReadModelsFile(readModels)).toEqual(dumpReadModelsFile(rebuilt));
  }, TIMEOUT_MS);
});
