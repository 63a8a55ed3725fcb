import { type NewEvent, SqliteEventStore } from '@hindsight/event-store';
import { bundleWorker } from '@hindsight/event-store/testing';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryTree } from '../memory-tree';
import { rootAt } from '../proofs';
import { toLeaf, TreeFollower } from '../tree-follower';
import { TreeStore } from '../tree-store';

const note = (stream: number, n: number): NewEvent => ({
  id: `s${stream}-${n}`,
  type: 'NoteTaken',
  schemaVersion: 1,
  data: { text: `note ${n} of stream ${stream}` },
  metadata: { actor: 'alice@shop.example', timestamp: '2026-01-01T00:00:00.000Z', correlationId: 'c', causationId: 'c' },
});

describe('Given a log many pages long', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'hindsight-leaf-reader-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('when the tree catches up with leaves read and hashed in two worker threads, then it equals the tree built in one thread, gaps in the positions and all', async () => {
    const file = join(dir, 'events.sqlite');
    const store = SqliteEventStore.open(file);
    for (let round = 0; round < 30; round += 1) {
      for (let stream = 0; stream < 7; stream += 1) {
        await store.append(`stream-${stream}`, Array.from({ length: 50 }, (_, n) => note(stream, round * 50 + n)), round === 0 ? 'no_stream' : BigInt(round * 50 - 1));
      }
    }
    // Gaps in the positions (a whole block, and single rows) must change nothing but the count.
    store.database.prepare('DELETE FROM events WHERE position BETWEEN 3001 AND 4000 OR position IN (1500, 6001, 9999)').run();
    const script = await bundleWorker('leaf-reader', join(__dirname, 'leaf-reader-main.ts'));
    const tree = new TreeStore(new Database(join(dir, 'tree.sqlite')));
    // The first page in this thread; the rest, 1,000 at a time, in the worker.
    const added = await new TreeFollower(store, tree, { batchSize: 1_000, leafReader: { script, location: file } }).catchUp();
    const reference = MemoryTree.of((await store.readAll()).map((e) => toLeaf(e).hash));
    await store.close();
    rmSync(script, { force: true });
    expect(added).toBe(10_500 - 1_003);
    expect(rootAt(tree, tree.size)).toEqual(rootAt(reference));
  });
});
