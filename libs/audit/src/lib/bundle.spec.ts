import { generateHistory, writeHistory } from '@hindsight/demo-data';
import { chainEvents, InMemoryEventStore, type RecordedEvent } from '@hindsight/event-store';
import { checkpointText, generateSignerKey, inclusionProof, MemoryTree, parseSignerKey, parseVerifierKey, rootAt, signNote, toLeaf } from '@hindsight/transparency';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { digestV1 } from './bundle-v1';
import { bundleDigest, canonical, writeBundle } from './write-bundle';
import { verifyBundle } from './verify-bundle';

const log = parseSignerKey(generateSignerKey('hindsight.test/log'));
const keys = [parseVerifierKey(log.vkey)];

/** A report's events, exported under a checkpoint of the whole log they sit in. */
const exported = async (signer = log) => {
  const store = new InMemoryEventStore();
  await writeHistory(store, generateHistory({ incidents: 3, end: new Date('2026-11-01T00:00:00Z') }));
  const all = await store.readAll();
  const tree = MemoryTree.of(all.map((e) => toLeaf(e).hash));
  const stream = all.find((e) => JSON.stringify(e.data).includes('spring sale'))?.streamId as string;
  const events = await store.readStream(stream);
  const checkpoint = signNote(checkpointText({ origin: 'hindsight.test/log', size: tree.size, root: rootAt(tree) }), [log]);
  const indexOf = (e: RecordedEvent) => all.findIndex((x) => x.id === e.id);
  const { text } = writeBundle({
    streamId: stream,
    events,
    exportedBy: 'erin',
    exportedAt: new Date('2026-11-02T00:00:00Z'),
    checkpoint,
    inclusion: (e) => ({ leafIndex: indexOf(e), proof: inclusionProof(tree, indexOf(e), tree.size).map((h) => h.toString('hex')) }),
    signer,
  });
  return { text, stream, events, size: tree.size };
};

const lines = (text: string) => text.trim().split('\n').map((l) => JSON.parse(l));
const join = (values: unknown[]) => `${values.map((v) => JSON.stringify(v)).join('\n')}\n`;

describe('Signed audit bundles (version 2)', () => {
  it('verify with the log’s public key, naming the checkpoint every event was proven against', async () => {
    const { text, stream, events, size } = await exported();
    expect(verifyBundle(text, keys)).toEqual({
      valid: true,
      version: 2,
      streamId: stream,
      events: events.length,
      head: events.at(-1)?.metadata.hash,
      exportedBy: 'erin',
      exportedAt: '2026-11-02T00:00:00.000Z',
      checkpoint: { origin: 'hindsight.test/log', size, root: expect.stringMatching(/^[0-9a-f]{64}$/), signedBy: 'hindsight.test/log' },
      files: 0,
    });
  });

  it('fail when any single byte of the file changes', async () => {
    const { text } = await exported();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 2 }), fc.integer({ min: 32, max: 126 }), (at, code) => {
        fc.pre(text.charCodeAt(at) !== code && text[at] !== '\n');
        expect(verifyBundle(text.slice(0, at) + String.fromCharCode(code) + text.slice(at + 1), keys).valid).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('fail when an event is edited, its chain re-hashed and the digest recomputed: the manifest’s signature no longer holds', async () => {
    const { text } = await exported();
    const [manifest, ...events] = lines(text);
    events[3].data = { ...events[3].data, description: 'Nothing to see here' };
    const rechained = chainEvents(manifest.streamId, events.map(({ metadata: { prevHash: _p, hash: _h, ...metadata }, ...e }) => ({ ...e, metadata })), undefined);
    const forged = events.map((e, i) => ({ ...e, metadata: rechained[i].metadata }));
    const { digest: _d, signature, ...unsigned } = manifest;
    const reDigested = { ...unsigned, head: forged.at(-1).metadata.hash, digest: bundleDigest({ ...unsigned, head: forged.at(-1).metadata.hash }, forged), signature };
    expect(verifyBundle(join([reDigested, ...forged]), keys)).toMatchObject({ valid: false, reason: expect.stringMatching(/signature does not verify/) });
  });

  it('fail when someone re-signs a forged bundle with a key of their own', async () => {
    const mallory = parseSignerKey(generateSignerKey('hindsight.test/log'));
    const { text } = await exported(mallory);
    expect(verifyBundle(text, keys)).toMatchObject({ valid: false, reason: expect.stringMatching(/not among the keys given/) });
  });

  it('fail when the last event is cut off, though the chain before it is whole', async () => {
    const { text } = await exported();
    const all = text.trim().split('\n');
    expect(verifyBundle(`${all.slice(0, -1).join('\n')}\n`, keys)).toMatchObject({ valid: false, reason: expect.stringMatching(/promises \d+ events/) });
  });

  it('verify whatever the order of the manifest’s keys: the digest and signature are over canonical JSON (RFC 8785)', async () => {
    const { text } = await exported();
    const [manifest, ...events] = lines(text);
    const reordered = Object.fromEntries(Object.entries(manifest).reverse());
    expect(canonical(reordered)).toBe(canonical(manifest));
    expect(verifyBundle(join([reordered, ...events]), keys).valid).toBe(true);
  });

  it('say that the log’s public key is needed when none is given', async () => {
    const { text } = await exported();
    expect(verifyBundle(text)).toMatchObject({ valid: false, reason: expect.stringMatching(/public key/) });
  });

  it('refuse a file that is not a bundle', () => expect(verifyBundle('hello\n', keys)).toMatchObject({ valid: false, line: 1 }));
});

describe('Version 1 bundles, exported before checkpoints', () => {
  it('still verify, as unsigned version 1', async () => {
    const { events, stream } = await exported();
    const eventLines = events.map((e) => JSON.stringify({ ...e, revision: e.revision.toString() }));
    const manifest = { kind: 'hindsight-audit-bundle' as const, version: 1 as const, streamId: stream, events: events.length, head: events.at(-1)?.metadata.hash as string, exportedAt: '2026-11-02T00:00:00.000Z', exportedBy: 'erin', digest: '' };
    const text = `${[JSON.stringify({ ...manifest, digest: digestV1(manifest, eventLines) }), ...eventLines].join('\n')}\n`;
    expect(verifyBundle(text)).toMatchObject({ valid: true, version: 1, streamId: stream });
  });
});

describe('Audit bundles carrying evidence files', () => {
  const content = Buffer.from('2026-03-14T09:00:04Z WARN slow query on orders took 7779ms\n');
  const file = { name: 'slow.log', sha256: createHash('sha256').update(content).digest('hex'), bytes: content.length, mediaType: 'text/plain' };
  const withFile = async (files: { file: typeof file; content: Buffer }[]) => {
    const store = new InMemoryEventStore();
    const metadata = { actor: 'alice', timestamp: '2026-03-14T12:00:00.000Z', correlationId: 'c', causationId: 'c' };
    await store.append('postmortem-pm-1', [
      { id: 'e0', type: 'PostmortemDrafted', schemaVersion: 1, data: { postmortemId: 'pm-1', facts: { title: 'Slow checkout' } }, metadata },
      { id: 'e1', type: 'EvidenceAttached', schemaVersion: 1, data: { id: 'ev-1', kind: 'log', title: 'Slow queries', url: '', description: '', file }, metadata },
    ], 'no_stream');
    const events = await store.readAll();
    const tree = MemoryTree.of(events.map((e) => toLeaf(e).hash));
    const checkpoint = signNote(checkpointText({ origin: 'hindsight.test/log', size: tree.size, root: rootAt(tree) }), [log]);
    return writeBundle({ streamId: 'postmortem-pm-1', events, exportedBy: 'erin', exportedAt: new Date('2026-11-02T00:00:00Z'), checkpoint, inclusion: (e) => ({ leafIndex: events.indexOf(e), proof: inclusionProof(tree, events.indexOf(e), tree.size).map((h) => h.toString('hex')) }), signer: log, files }).text;
  };

  it('given the file an event attached, then the bundle carries it after the events and verifies it against the recorded digest', async () => {
    expect(verifyBundle(await withFile([{ file, content }]), keys)).toMatchObject({ valid: true, events: 2, files: 1 });
  });

  it('given the file changed after it was attached, then the bundle names it as changed', async () => {
    const verdict = verifyBundle(await withFile([{ file, content: Buffer.from('2026-03-14T09:00:04Z INFO all fine\n') }]), keys);
    expect(verdict).toEqual({ valid: false, reason: 'line 4: the file slow.log does not match the SHA-256 its event recorded: it was changed', line: 4 });
  });

  it('given a file no event attached, then it is refused', async () => {
    const other = Buffer.from('something else');
    const verdict = verifyBundle(await withFile([{ file: { ...file, sha256: createHash('sha256').update(other).digest('hex') }, content: other }]), keys);
    expect(verdict).toMatchObject({ valid: false, reason: expect.stringContaining('no event of the bundle attached') });
  });
});

