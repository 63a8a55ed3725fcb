import { SqliteEventStore } from '@hindsight/event-store';
import {
  eventLeafBytes,
  leafHash,
  parseCheckpointText,
  parseVerifierKey,
  verifyConsistency,
  verifyInclusion,
  verifyNote,
} from '@hindsight/transparency';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ApiUnderTest, startApi } from '../testing/api-under-test';
import { runEcommerceSale } from '../testing/ecommerce-sale.scenario';
import { eventually, transparency } from '../testing/transparency';

describe('The transparency log over HTTP', () => {
  let api: ApiUnderTest;
  let dir: string;
  let postmortemId: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hindsight-tlog-api-'));
    api = await startApi({ transparency: transparency(dir) });
    postmortemId = (await runEcommerceSale(api.send, { editor: api.token('alice@shop.example', ['editor'], ['commerce-platform']), reviewer: api.token('dana@shop.example', ['reviewer'], ['commerce-platform']) })).postmortemId;
  });
  afterAll(async () => {
    await api.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const text = async (path: string) => (await fetch(`${api.url}${path}`)).text();
  const keys = async () => (await text('/.well-known/hindsight-log-keys')).trim().split('\n').map(parseVerifierKey);
  const storedEvents = async () => {
    const store = SqliteEventStore.open(api.databasePath);
    try {
      return await store.readAll();
    } finally {
      await store.close();
    }
  };

  it('publishes its public key and signs checkpoints anyone can verify with it', async () => {
    const events = await storedEvents();
    const note = await eventually(() => text('/api/transparency/checkpoint'), (n) => n.includes(`\n${events.length}\n`), 'a checkpoint of every event');
    const { note: verified } = verifyNote(note, await keys());
    expect(parseCheckpointText(verified.text)).toMatchObject({ origin: expect.stringMatching(/^hindsight\.local\/log-[0-9a-f]{8}$/), size: events.length });
  });

  it('proves any event is in the signed log, and the proof checks out offline', async () => {
    const events = await storedEvents();
    const auditor = api.as('erin-auditor', ['auditor'], []);
    const { status, body } = await auditor('GET', `/api/transparency/inclusion?stream=postmortem-${postmortemId}&revision=10`);
    expect(status).toBe(200);
    const event = events.find((e) => e.streamId === `postmortem-${postmortemId}` && e.revision === 10n);
    const checkpoint = parseCheckpointText(verifyNote(body.checkpoint, await keys()).note.text);
    expect(body.leafHash).toBe(leafHash(eventLeafBytes(event as never)).toString('hex'));
    expect(verifyInclusion(Buffer.from(body.leafHash, 'hex'), body.leafIndex, checkpoint.size, body.proof.map((h: string) => Buffer.from(h, 'hex')), checkpoint.root)).toBe(true);
  });

  it('proves a later checkpoint extends an earlier one', async () => {
    const first = parseCheckpointText(verifyNote(await text('/api/transparency/checkpoint'), await keys()).note.text);
    await runEcommerceSale(api.send, { editor: api.token('alice@shop.example', ['editor'], ['commerce-platform']), reviewer: api.token('dana@shop.example', ['reviewer'], ['commerce-platform']) });
    const later = await eventually(async () => parseCheckpointText(verifyNote(await text('/api/transparency/checkpoint'), await keys()).note.text), (c) => c.size > first.size, 'a later checkpoint');
    const { body } = await api.as('erin-auditor', ['auditor'], [])('GET', `/api/transparency/consistency?from=${first.size}&to=${later.size}`);
    expect(verifyConsistency(first.size, later.size, body.proof.map((h: string) => Buffer.from(h, 'hex')), first.root, later.root)).toBe(true);
  });

  it('says in its health that the log was verified', async () => {
    const { body } = await eventually(() => api.send('GET', '/api/health'), (r) => r.body.integrity !== 'unchecked', 'a first integrity check');
    expect(body.integrity).toBe('verified');
  });

  it('answers a malformed proof request with the field and the reason', async () => {
    const { status, body } = await api.as('erin-auditor', ['auditor'], [])('GET', '/api/transparency/consistency?from=9&to=3');
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toMatch(/to/);
  });
});
