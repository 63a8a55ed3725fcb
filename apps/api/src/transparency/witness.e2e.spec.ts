import { SqliteEventStore } from '@hindsight/event-store';
import {
  checkpointText,
  consistencyProof,
  formatAddCheckpoint,
  generateSignerKey,
  loadWitnessKey,
  MemoryTree,
  parseCheckpointText,
  parseSignerKey,
  parseVerifierKey,
  readLog,
  rootAt,
  signNote,
  toLeaf,
  verifyNote,
} from '@hindsight/transparency';
import { rewriteEvent } from '@hindsight/transparency/testing';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ApiUnderTest, startApi } from '../testing/api-under-test';
import { runEcommerceSale } from '../testing/ecommerce-sale.scenario';
import { eventually, transparency } from '../testing/transparency';

/**
 * Two Hindsight instances: one is the log, the other its witness over HTTP (C2SP
 * tlog-witness). The witness cosigns what extends what it saw, and nothing else.
 */
describe('Given a Hindsight instance witnessing another one’s log', () => {
  let dir: string;
  let witness: ApiUnderTest;
  let log: ApiUnderTest;
  let witnessKey: ReturnType<typeof parseVerifierKey>;
  let witnessVkey: string;
  const logKey = generateSignerKey('hindsight.test/log');
  const logVkey = parseSignerKey(logKey).vkey;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hindsight-witness-'));
    witness = await startApi({ transparency: transparency(join(dir, 'w'), { witnessDir: undefined, witnessFor: [logVkey] }) });
    witnessVkey = loadWitnessKey(join(dir, 'w', 'keys'), () => undefined).vkey;
    witnessKey = parseVerifierKey(witnessVkey);
    log = await startApi({ transparency: transparency(join(dir, 'log'), { witnessDir: undefined, signingKey: logKey, witnesses: [{ url: `${witness.url}/api/witness`, vkey: witnessVkey }] }) });
    await runEcommerceSale(log.send, { editor: log.token('alice@shop.example', ['editor'], ['commerce-platform']), reviewer: log.token('dana@shop.example', ['reviewer'], ['commerce-platform']) });
  });
  afterAll(async () => {
    await log.stop();
    await witness.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const latest = () => fetch(`${log.url}/api/transparency/checkpoint`).then((r) => r.text());
  const logSize = async (path: string) => {
    const store = SqliteEventStore.open(path);
    try {
      return (await store.readAll()).length;
    } finally {
      await store.close();
    }
  };

  it('when the log grows, then its checkpoints come back cosigned by the witness', async () => {
    const size = await logSize(log.databasePath);
    const note = await eventually(latest, (n) => n.includes(`\n${size}\n`), 'a checkpoint of the whole log');
    expect(verifyNote(note, [witnessKey]).signedBy.map((k) => k.name)).toEqual([witnessKey.name]);
  });

  it('when a copy of the log with one event rewritten asks to be cosigned, then the witness refuses the fork and raises it', async () => {
    const size = await logSize(log.databasePath);
    await eventually(latest, (n) => n.includes(`\n${size}\n`), 'a witnessed checkpoint');
    const forkDir = join(dir, 'fork');
    mkdirSync(forkDir);
    const forked = join(forkDir, 'events.sqlite');
    for (const suffix of ['', '-wal', '-shm']) copyFileSync(log.databasePath + suffix, forked + suffix);
    const copy = SqliteEventStore.open(forked);
    const [first] = await copy.readAll({ limit: 1 });
    await copy.close();
    rewriteEvent(forked, first.streamId, Number(first.revision), (e) => ({ ...e, metadata: { ...e.metadata, actor: 'mallory' } }));
    const fork = await startApi({ databasePath: forked, readModelsPath: join(forkDir, 'read-models.sqlite'), transparency: transparency(join(dir, 'fork-keys'), { witnessDir: undefined, signingKey: logKey, witnesses: [{ url: `${witness.url}/api/witness`, vkey: witnessVkey }] }) });
    try {
      await fork.as('alice@shop.example', ['editor'], ['commerce-platform'])('POST', '/api/postmortems', { title: 'After the fork', severity: 'SEV4', services: ['s'], team: 'commerce-platform', occurredAt: '2026-01-01T00:00:00Z' });
      const forkVerdict = await eventually(() => fork.as('auditor', ['auditor'], [])('GET', '/api/integrity'), (r) => r.body.alarms.length > 0, 'the fork’s refusal');
      expect(forkVerdict.body.alarms).toContainEqual(expect.stringMatching(/refused the checkpoint: .*not consistent .*forked or rolled back/));
      const witnessVerdict = await witness.as('auditor', ['auditor'], [])('GET', '/api/integrity');
      expect(witnessVerdict.body).toMatchObject({ status: 'failed', alarms: expect.arrayContaining([expect.stringMatching(/As a witness, refused a checkpoint.*forked or rolled back/)]) });
    } finally {
      await fork.stop();
    }
  });

  it('when a rolled-back checkpoint is submitted, then the witness refuses to cosign it', async () => {
    const store = SqliteEventStore.open(log.databasePath);
    const tree = new MemoryTree();
    for await (const page of readLog(store)) page.forEach((e) => tree.append(toLeaf(e).hash));
    await store.close();
    const witnessed = parseCheckpointText(verifyNote(await latest(), [witnessKey]).note.text);
    const smaller = witnessed.size - 3;
    const note = signNote(checkpointText({ origin: 'hindsight.test/log', size: smaller, root: rootAt(tree, smaller) }), [parseSignerKey(logKey)]);
    const post = (oldSize: number) => fetch(`${witness.url}/api/witness/add-checkpoint`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: formatAddCheckpoint({ oldSize, proof: oldSize <= smaller ? consistencyProof(tree, oldSize, smaller) : [], note }) });
    const stale = await post(0);
    expect(stale.status).toBe(409);
    expect(await stale.text()).toBe(`${witnessed.size}\n`);
    expect((await post(witnessed.size)).status).toBe(400);
  });
});
