import { SqliteEventStore } from '@hindsight/event-store';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { noteEvent, writeInterleavedLog } from '../testing/interleaved-log';
import { cutStream, deleteStream, rewriteEvent } from '../testing/tamper';
import { parseCheckpointText } from './checkpoint';
import { CheckpointLog } from './checkpoint-log';
import { Checkpointer } from './checkpointer';
import { DirectoryWitness } from './directory-witness';
import { type LeafCopy, auditLog, readLog } from './log-audit';
import { generateSignerKey, parseSignerKey } from './note-keys';
import { parseNote } from './signed-note';
import { TreeFollower } from './tree-follower';
import { TreeStore } from './tree-store';
import { WitnessRefusedError } from './witness';

describe('Given a log of four interleaved streams with a witnessed checkpoint', () => {
  let dir: string;
  let file: string;
  let witness: DirectoryWitness;
  let signer: ReturnType<typeof parseSignerKey>;
  /** Global index of (stream, revision) before any tampering. */
  let indexOf = new Map<string, number>();

  const treeIn = (name: string) => {
    const db = new Database(join(dir, name));
    return { db, tree: new TreeStore(db), checkpoints: new CheckpointLog(db) };
  };

  const build = async (name: string) => {
    const store = SqliteEventStore.open(file);
    const built = treeIn(name);
    await new TreeFollower(store, built.tree).catchUp();
    await store.close();
    return built;
  };

  /** Audits the log against the checkpoint the witness holds, with the stored tree `treeFile` and the witness's leaves as copies. */
  const audit = async (treeFile = 'tree.sqlite', withWitness = true) => {
    const store = SqliteEventStore.open(file);
    const treeDb = new Database(join(dir, treeFile), { readonly: true });
    const tree = new TreeStore(treeDb);
    const copies: LeafCopy[] = [{ name: treeFile, leaf: (i) => tree.leaf(i)?.hash }];
    if (withWitness) copies.push(witness.leafCopy());
    try {
      return await auditLog(() => readLog(store, 7), parseCheckpointText(parseNote(witness.latestNote() as string).text), copies);
    } finally {
      treeDb.close();
      await store.close();
    }
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hindsight-tlog-'));
    file = join(dir, 'events.sqlite');
    witness = new DirectoryWitness(join(dir, 'witness'));
    signer = parseSignerKey(generateSignerKey('hindsight.test/log'));
    indexOf = await writeInterleavedLog(file);
    const { tree, checkpoints, db } = await build('tree.sqlite');
    await new Checkpointer(tree, checkpoints, { origin: 'hindsight.test/log', signer, witnesses: [witness] }).issue();
    db.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('when nothing was touched, then the log matches the witnessed checkpoint', async () => {
    expect(await audit()).toMatchObject({ valid: true, logSize: 80, checkpoint: { size: 80 } });
  });

  it('when event 10 of a report was rewritten and its chain recomputed, then the audit names that event', async () => {
    rewriteEvent(file, 'postmortem-a', 10, (e) => ({ ...e, data: { text: 'nothing happened' }, metadata: { ...e.metadata, actor: 'mallory', timestamp: '2025-01-01T00:00:00.000Z' } }));
    const result = await audit();
    expect(result).toMatchObject({ valid: false, firstBad: { index: indexOf.get('postmortem-a@10'), event: { streamId: 'postmortem-a', revision: '10' }, reason: expect.stringMatching(/differs/) } });
  });

  it('when the last two events of a report were cut, then the audit names the first of them', async () => {
    cutStream(file, 'postmortem-b', 2);
    expect(await audit()).toMatchObject({ valid: false, logSize: 78, firstBad: { index: indexOf.get('postmortem-b@18'), reason: expect.stringMatching(/1 event .* missing/) } });
  });

  it('when a whole report was deleted, then the audit names its first event', async () => {
    deleteStream(file, 'postmortem-c');
    expect(await audit()).toMatchObject({ valid: false, logSize: 60, firstBad: { index: indexOf.get('postmortem-c@0'), reason: expect.stringMatching(/missing/) } });
  });

  it('when the newest record of the log was deleted, then the audit says the log was rolled back from there', async () => {
    cutStream(file, 'audit-exports', 1);
    expect(await audit()).toMatchObject({ valid: false, logSize: 79, firstBad: { index: 79, reason: expect.stringMatching(/rolled back/) } });
  });

  it('when the tree beside the log was rebuilt to match the edit, then the witness copy still names the event', async () => {
    rewriteEvent(file, 'postmortem-a', 10, (e) => ({ ...e, data: { text: 'nothing happened' } }));
    rmSync(join(dir, 'tree.sqlite'));
    (await build('tree.sqlite')).db.close();
    expect(await audit()).toMatchObject({ valid: false, firstBad: { index: indexOf.get('postmortem-a@10') } });
    expect(await audit('tree.sqlite', false)).toMatchObject({
      valid: false,
      reason: expect.stringMatching(/no copy of the leaves \(tree.sqlite\) is authentic/),
    });
  });

  it('when a rolled-back log asks the witness for a checkpoint, then the witness refuses it', async () => {
    cutStream(file, 'audit-exports', 2);
    const { tree, checkpoints, db } = await build('rolled-back.sqlite');
    await expect(new Checkpointer(tree, checkpoints, { origin: 'hindsight.test/log', signer, witnesses: [witness] }).issue()).rejects.toThrow(WitnessRefusedError);
    db.close();
  });

  it('when a forked log (an event rewritten, then more appended) asks the witness, then the witness refuses it', async () => {
    rewriteEvent(file, 'postmortem-a', 3, (e) => ({ ...e, data: { text: 'forked' } }));
    const store = SqliteEventStore.open(file);
    await store.append('postmortem-a', [noteEvent('postmortem-a', 20)], 19n);
    await store.close();
    const { tree, checkpoints, db } = await build('forked.sqlite');
    await expect(new Checkpointer(tree, checkpoints, { origin: 'hindsight.test/log', signer, witnesses: [witness] }).issue()).rejects.toMatchObject({ status: 422 });
    expect(witness.notes()).toHaveLength(1);
    db.close();
  });
});
