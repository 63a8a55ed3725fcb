import Database from 'better-sqlite3';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CheckpointLog } from './checkpoint-log';
import { Checkpointer } from './checkpointer';
import { leafHash } from './hashes';
import { HttpWitness } from './http-witness';
import { generateSignerKey, parseSignerKey, parseVerifierKey, SIGNATURE_TYPE } from './note-keys';
import { verifyNote } from './signed-note';
import { TreeStore } from './tree-store';
import { WitnessService } from './witness-service';

const leaves = (from: number, to: number, salt = '') =>
  Array.from({ length: to - from }, (_, i) => ({ position: String(from + i + 1).padStart(16, '0'), hash: leafHash(Buffer.from(`event ${from + i}${salt}`)) }));

describe('Given a witness served over HTTP (C2SP tlog-witness)', () => {
  const log = parseSignerKey(generateSignerKey('hindsight.test/log'));
  const cosigner = parseSignerKey(generateSignerKey('witness.test/w1', SIGNATURE_TYPE.cosignature));
  let server: Server;
  let url: string;
  let service: WitnessService;

  beforeEach(async () => {
    service = new WitnessService(new Database(':memory:'), [parseVerifierKey(log.vkey)], cosigner);
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        const answer = service.addCheckpoint(body);
        res.statusCode = answer.status;
        if (answer.status === 409) res.setHeader('content-type', 'text/x.tlog.size');
        res.end(answer.status === 200 ? answer.cosignatures : answer.status === 409 ? `${answer.witnessedSize}\n` : answer.reason);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(() => new Promise((resolve) => server.close(resolve)));

  const logWith = (batches: ReturnType<typeof leaves>[], signer = log) => {
    const db = new Database(':memory:');
    const tree = new TreeStore(db);
    batches.forEach((batch) => tree.append(batch, tree.lastPosition));
    const witness = new HttpWitness(url, parseVerifierKey(cosigner.vkey));
    return { tree, checkpointer: new Checkpointer(tree, new CheckpointLog(db), { origin: 'hindsight.test/log', signer, witnesses: [witness] }) };
  };

  it('when the log grows, then each checkpoint comes back cosigned, and the witness remembers the size', async () => {
    const { tree, checkpointer } = logWith([leaves(0, 10)]);
    const first = await checkpointer.issue();
    expect(verifyNote(first.note, [parseVerifierKey(cosigner.vkey)]).signedBy).toHaveLength(1);
    tree.append(leaves(10, 25), tree.lastPosition);
    const second = await checkpointer.issue();
    expect(second.checkpoint.size).toBe(25);
    expect(verifyNote(second.note, [parseVerifierKey(log.vkey), parseVerifierKey(cosigner.vkey)]).signedBy).toHaveLength(2);
  });

  it('when a second instance of the log starts without knowing what the witness saw, then it learns the size and is cosigned', async () => {
    await logWith([leaves(0, 10)]).checkpointer.issue();
    const later = await logWith([leaves(0, 10), leaves(10, 12)]).checkpointer.issue();
    expect(verifyNote(later.note, [parseVerifierKey(cosigner.vkey)]).signedBy).toHaveLength(1);
  });

  it('when a forked log asks, then the witness refuses with 422 and keeps the refusal', async () => {
    await logWith([leaves(0, 10)]).checkpointer.issue();
    await expect(logWith([leaves(0, 4), leaves(4, 12, ' forked')]).checkpointer.issue()).rejects.toMatchObject({ status: 422 });
    expect(service.refusals()).toEqual([expect.objectContaining({ origin: 'hindsight.test/log', status: 422, reason: expect.stringMatching(/forked or rolled back/) })]);
  });

  it('when a rolled-back log asks, then it is refused before anything is cosigned', async () => {
    await logWith([leaves(0, 10)]).checkpointer.issue();
    await expect(logWith([leaves(0, 8)]).checkpointer.issue()).rejects.toThrow(/rolled back/);
  });

  it('when a checkpoint is signed by an unknown key, then the witness answers 403', async () => {
    const stranger = parseSignerKey(generateSignerKey('hindsight.test/log'));
    await expect(logWith([leaves(0, 3)], stranger).checkpointer.issue()).rejects.toMatchObject({ status: 403 });
  });
});
