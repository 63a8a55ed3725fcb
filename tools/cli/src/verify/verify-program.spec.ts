import { SqliteEventStore } from '@hindsight/event-store';
import { readModelsPathFor } from '@hindsight/projections';
import { CheckpointLog, Checkpointer, DirectoryWitness, generateSignerKey, parseSignerKey, TreeFollower, treePathFor, TreeStore } from '@hindsight/transparency';
import { cutStream, deleteStream, rewriteEvent, rollBack, swapEvents, writeInterleavedLog } from '@hindsight/transparency/testing';
import Database from 'better-sqlite3';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyProgram } from './verify-program';

/** Builds the server's tree for the store in `dir` beside it, as the API does. */
const buildTree = async (file: string) => {
  const store = SqliteEventStore.open(file);
  const db = new Database(treePathFor(readModelsPathFor(file)));
  await new TreeFollower(store, new TreeStore(db)).catchUp();
  await store.close();
  return db;
};

describe('npm run verify -- log: the whole log against a pinned checkpoint', () => {
  let root: string;
  let indexOf = new Map<string, number>();

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'hindsight-verify-log-'));
    const file = join(root, 'original', 'events.sqlite');
    indexOf = await writeInterleavedLog(file);
    const signer = parseSignerKey(generateSignerKey('hindsight.test/log'));
    const db = await buildTree(file);
    const issued = await new Checkpointer(new TreeStore(db), new CheckpointLog(db), { origin: 'hindsight.test/log', signer, witnesses: [new DirectoryWitness(join(root, 'witness'))] }).issue();
    db.close();
    writeFileSync(join(root, 'pinned.checkpoint'), issued.note);
    writeFileSync(join(root, 'log-keys.txt'), `${signer.vkey}\n`);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** Copies the store and its tree, lets `attack` edit the copy, and runs the verifier on it. */
  const verifyCopy = async (name: string, attack: (file: string) => void | Promise<void>, extra: string[] = []) => {
    cpSync(join(root, 'original'), join(root, name), { recursive: true });
    const file = join(root, name, 'events.sqlite');
    await attack(file);
    const out: string[] = [];
    const err: string[] = [];
    process.exitCode = 0;
    await verifyProgram((l) => out.push(l), (l) => err.push(l)).parseAsync(['node', 'verify', 'log', file, '--checkpoint', join(root, 'pinned.checkpoint'), '--keys', join(root, 'log-keys.txt'), ...extra]);
    const code = process.exitCode;
    process.exitCode = 0;
    return { out: out.join('\n'), err: err.join('\n'), code };
  };

  it('passes an untouched log', async () => {
    const { out, code } = await verifyCopy('untouched', () => undefined);
    expect(code).toBe(0);
    expect(out).toMatch(/^Valid: the first 80 events of the log are the ones the checkpoint of hindsight\.test\/log signs/);
  });

  it.each([
    ['an event changed, its stream’s hashes recomputed', (f: string) => rewriteEvent(f, 'postmortem-a', 10, (e) => ({ ...e, data: { text: 'nothing happened' } })), 'postmortem-a@10', /postmortem-a revision 10.*differs/],
    ['a truncated stream', (f: string) => cutStream(f, 'postmortem-b', 2), 'postmortem-b@18', /missing from the log/],
    ['a deleted stream', (f: string) => deleteStream(f, 'postmortem-c'), 'postmortem-c@0', /missing from the log/],
    ['two events swapped in the log’s order', (f: string) => swapEvents(f, 30, 41), 'postmortem-b@7', /postmortem-a revision 10.*the event the checkpoint has here is at event 40 of the log instead \(reordered\)/],
  ])('names the first bad event of %s', async (_what, attack, first, reason) => {
    const { err, code } = await verifyCopy(_what.replace(/\W+/g, '-'), attack);
    expect(code).toBe(1);
    expect(err).toMatch(new RegExp(`^INVALID at event ${indexOf.get(first)} of the log`));
    expect(err).toMatch(reason);
  });

  it('names where a rolled-back log ends', async () => {
    const { err, code } = await verifyCopy('rolled-back', (f) => rollBack(f, 3));
    expect(code).toBe(1);
    expect(err).toMatch(/^INVALID at event 77 of the log: the log ends after 77 events, and the checkpoint covers 80/);
  });

  it('still names the event when the attacker rebuilt the server’s tree too, given the witness directory', async () => {
    const rebuild = async (f: string) => {
      rewriteEvent(f, 'postmortem-a', 10, (e) => ({ ...e, data: { text: 'nothing happened' } }));
      rmSync(treePathFor(readModelsPathFor(f)));
      (await buildTree(f)).close();
    };
    expect((await verifyCopy('rebuilt', rebuild)).err).toMatch(/^INVALID: the first 80 events do not hash to the checkpoint's root, and no copy of the leaves .* is authentic/);
    expect((await verifyCopy('rebuilt-witnessed', rebuild, ['--witness-dir', join(root, 'witness')])).err).toMatch(new RegExp(`^INVALID at event ${indexOf.get('postmortem-a@10')} of the log`));
  });

  it('refuses a checkpoint no trusted key signed', async () => {
    writeFileSync(join(root, 'other-keys.txt'), `${parseSignerKey(generateSignerKey('hindsight.test/log')).vkey}\n`);
    await expect(verifyProgram(() => undefined, () => undefined).parseAsync(['node', 'verify', 'log', join(root, 'original', 'events.sqlite'), '--checkpoint', join(root, 'pinned.checkpoint'), '--keys', join(root, 'other-keys.txt')])).rejects.toThrow(/no trusted key signed this note/);
  });
});
