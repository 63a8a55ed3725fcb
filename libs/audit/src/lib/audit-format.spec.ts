import { hashEvent, type RecordedEvent } from '@hindsight/event-store';
import {
  consistencyProof,
  eventLeafBytes,
  inclusionProof,
  leafHash,
  MemoryTree,
  nodeHash,
  parseCheckpointText,
  parseSignerKey,
  parseVerifierKey,
  rootAt,
  SIGNATURE_TYPE,
  signatureLine,
  signerKeyFromSeed,
  signNote,
  verifyNote,
} from '@hindsight/transparency';
import canonicalize from 'canonicalize';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyBundle } from './verify-bundle';
import { writeBundle } from './write-bundle';

/** Every `<!-- vector: name -->` block of docs/audit-format.md, by name, exactly as written. */
const vectors = new Map(
  [...readFileSync(join(__dirname, '../../../../docs/audit-format.md'), 'utf8').matchAll(/<!-- vector: (\S+) -->\n```\w*\n([\s\S]*?)```/g)].map((m) => [m[1], m[2]]),
);
const vector = (name: string): string => {
  const text = vectors.get(name);
  if (text === undefined) throw new Error(`docs/audit-format.md has no test vector ${name}`);
  return text;
};
const line = (name: string) => vector(name).trim();
const recorded = (json: { revision: string }) => ({ ...json, revision: BigInt(json.revision) }) as unknown as RecordedEvent;
const seed = (from: number) => Buffer.from(Array.from({ length: 32 }, (_, i) => from + i));
const hex = (hashes: readonly Buffer[]) => hashes.map((h) => h.toString('hex'));

describe('The test vectors of docs/audit-format.md', () => {
  const event = recorded(JSON.parse(vector('event')));

  it('give the event’s chain hash from the canonical bytes the page names', () => {
    const { hash, ...metadata } = event.metadata;
    expect(canonicalize({ streamId: event.streamId, revision: '0', id: event.id, type: event.type, schemaVersion: event.schemaVersion, data: event.data, metadata })).toBe(line('chain-input'));
    expect(hashEvent({ ...event, metadata })).toBe(line('chain-hash'));
    expect(hash).toBe(line('chain-hash'));
  });

  it('give the event’s leaf bytes and leaf hash', () => {
    expect(eventLeafBytes(event).toString('utf8')).toBe(line('leaf-bytes'));
    expect(leafHash(eventLeafBytes(event)).toString('hex')).toBe(line('leaf-hash'));
  });

  it('give the root of the two-event tree, the one the checkpoint signs', () => {
    const events = vector('bundle').trim().split('\n').slice(1).map((l) => recorded(JSON.parse(l)));
    const root = rootAt(MemoryTree.of(events.map((e) => leafHash(eventLeafBytes(e)))));
    expect(root.toString('hex')).toBe(line('two-event-root'));
    expect(parseCheckpointText(vector('checkpoint-text'))).toMatchObject({ size: 2, root });
  });

  it('match Certificate Transparency’s reference roots', () => {
    const tree = MemoryTree.of(vector('reference-leaves').split('\n').slice(0, 8).map((h) => leafHash(Buffer.from(h, 'hex'))));
    expect(Array.from({ length: 9 }, (_, size) => rootAt(tree, size).toString('hex'))).toEqual(line('reference-roots').split('\n'));
  });

  it('match the reference proofs', () => {
    const tree = MemoryTree.of(vector('reference-leaves').split('\n').slice(0, 8).map((h) => leafHash(Buffer.from(h, 'hex'))));
    for (const [kind, a, b, ...proof] of line('reference-proofs').split('\n').map((l) => l.replace(':', '').split(' '))) {
      const computed = kind === 'inclusion' ? inclusionProof(tree, Number(a), Number(b)) : consistencyProof(tree, Number(a), Number(b));
      expect([kind, a, b, ...hex(computed)]).toEqual([kind, a, b, ...proof]);
    }
  });

  it('match RFC 9162’s worked example, node by node', () => {
    const d = Array.from({ length: 7 }, (_, i) => leafHash(Buffer.from(`d${i}`)));
    const [a, b, c, dd, e, f, j] = d;
    const [g, h, i] = [nodeHash(a, b), nodeHash(c, dd), nodeHash(e, f)];
    const [k, l] = [nodeHash(g, h), nodeHash(i, j)];
    const names = new Map(Object.entries({ a, b, c, d: dd, e, f, g, h, i, j, k, l }).map(([name, hash]) => [hash.toString('hex'), name]));
    const tree = MemoryTree.of(d);
    for (const [kind, m, n, ...expected] of line('rfc9162-example').split('\n').map((x) => x.replace(':', '').split(' '))) {
      const proof = kind === 'inclusion' ? inclusionProof(tree, Number(m), Number(n)) : consistencyProof(tree, Number(m), Number(n));
      expect(proof.map((p) => names.get(p.toString('hex')))).toEqual(expected);
    }
  });

  it('give the keys of the seeds the page names', () => {
    expect(signerKeyFromSeed('example.hindsight/log', SIGNATURE_TYPE.ed25519, seed(0))).toBe(line('signer-key'));
    expect(parseSignerKey(line('signer-key')).vkey).toBe(line('verifier-key'));
  });

  it('give the exact signed checkpoint, which verifies with the verifier key', () => {
    const signer = parseSignerKey(line('signer-key'));
    expect(signNote(vector('checkpoint-text'), [signer])).toBe(vector('checkpoint'));
    expect(verifyNote(vector('checkpoint'), [parseVerifierKey(line('verifier-key'))]).note.text).toBe(vector('checkpoint-text'));
  });

  it('give the exact cosignature, which verifies with the witness’s key', () => {
    const witness = parseSignerKey(signerKeyFromSeed('example.hindsight/witness', SIGNATURE_TYPE.cosignature, seed(32)));
    const at = new Date('2026-12-01T00:00:00Z');
    expect(signatureLine(witness, witness.sign(Buffer.from(vector('checkpoint-text')), at))).toBe(vector('cosignature'));
    expect(verifyNote(vector('checkpoint') + vector('cosignature'), [parseVerifierKey(witness.vkey)]).signedBy).toHaveLength(1);
  });

  it('give a bundle that verifies with the verifier key and that the exporter writes byte for byte', () => {
    const text = vector('bundle');
    expect(verifyBundle(text, [parseVerifierKey(line('verifier-key'))])).toMatchObject({ valid: true, version: 2, events: 2, checkpoint: { size: 2 } });
    const [manifest, ...lines] = text.trim().split('\n').map((l) => JSON.parse(l));
    const events = lines.map(({ leafIndex: _i, proof: _p, ...e }) => recorded(e));
    const tree = MemoryTree.of(events.map((e) => leafHash(eventLeafBytes(e))));
    const rewritten = writeBundle({
      streamId: manifest.streamId,
      events,
      exportedBy: manifest.exportedBy,
      exportedAt: new Date(manifest.exportedAt),
      checkpoint: manifest.checkpoint,
      inclusion: (e) => ({ leafIndex: events.indexOf(e), proof: hex(inclusionProof(tree, events.indexOf(e), 2)) }),
      signer: parseSignerKey(line('signer-key')),
    });
    expect(rewritten.text).toBe(text);
  });
});
