import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { buildSync } from 'esbuild';
import { verifyChain } from '../../hash-chain';
import { SqliteEventStore } from './sqlite-event-store';

const run = promisify(execFile);

describe('Given several processes appending to one stream of the same SQLite file', () => {
  let dir: string;
  let worker: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hindsight-mp-'));
    worker = join(dir, 'append-worker.js');
    buildSync({
      entryPoints: [join(__dirname, '../../../testing/append-worker.ts')],
      bundle: true,
      platform: 'node',
      external: ['better-sqlite3'],
      outfile: worker,
      logLevel: 'silent',
    });
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('when they race, then every acknowledged event is stored exactly once, gap-free and chained', async () => {
    const file = join(dir, 'events.sqlite');
    const perWorker = 60;
    const outputs = await Promise.all(
      [1, 2, 3].map(() => run(process.execPath, [worker, file, 'postmortem-shared', String(perWorker)], {
        // The bundle lives in a temp folder: point it at the workspace's native better-sqlite3.
        env: { ...process.env, NODE_PATH: dirname(dirname(require.resolve('better-sqlite3/package.json'))) },
      })),
    );
    const acknowledged = outputs.flatMap((o) => o.stdout.trim().split('\n'));
    expect(acknowledged).toHaveLength(3 * perWorker);

    const store = SqliteEventStore.open(file);
    const stored = await store.readStream('postmortem-shared');
    await store.close();
    expect(stored.map((e) => e.revision)).toEqual(stored.map((_, i) => BigInt(i)));
    expect(stored.map((e) => e.id).sort()).toEqual([...acknowledged].sort());
    expect(new Set(stored.map((e) => e.metadata.actor)).size).toBe(3);
    expect(verifyChain(stored).valid).toBe(true);
  });
});
