import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InMemoryEventStore } from './adapters/in-memory';
import { SqliteEventStore } from './adapters/sqlite/sqlite-event-store';
import { copyEvents } from './copy-events';
import type { EventStore } from './event-store';
import { LogVerifier } from './hash-chain';
import { newEvent } from '../testing/contract-events';

const everything = async (store: { readAll: InMemoryEventStore['readAll'] }) =>
  (await store.readAll()).map(({ position: _position, ...event }) => event);

describe('Copying events between stores', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'hindsight-copy-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('given sqlite → in-memory → a new sqlite file, then every event, id, order, metadata field and hash is identical and verifies', async () => {
    const source = SqliteEventStore.open(join(dir, 'source.sqlite'));
    for (let i = 0; i < 30; i++) {
      const stream = `postmortem-${i % 7}`;
      const head = (await source.readStream(stream)).at(-1)?.revision;
      await source.append(stream, [newEvent({ metadata: { ...newEvent().metadata, reason: `r${i}` } }), newEvent()], head ?? 'no_stream');
    }
    const middle = new InMemoryEventStore();
    const copy = SqliteEventStore.open(join(dir, 'copy.sqlite'));

    expect(await copyEvents(source, middle)).toMatchObject({ copied: 60, skipped: 0 });
    expect(await copyEvents(middle, copy)).toMatchObject({ copied: 60, skipped: 0 });

    expect(await everything(copy)).toEqual(await everything(source));
    expect((await copy.readAll()).map((e) => e.id)).toEqual((await source.readAll()).map((e) => e.id));
    const verifier = new LogVerifier();
    (await copy.readAll()).forEach((e) => verifier.add(e));
    expect(verifier.broken).toEqual([]);
    await Promise.all([source.close(), copy.close()]);
  });

  it('given a report whose events together are over the append limit, then it is copied in appends that fit, and verifies', async () => {
    const source = new InMemoryEventStore();
    // Written as they were made, one at a time; together 1.5 MB, more than one append may hold.
    for (let i = 0; i < 30; i++) await source.append('postmortem-long', [newEvent({ data: { text: 'x'.repeat(50_000) } })], i === 0 ? 'no_stream' : BigInt(i - 1));
    const copy = SqliteEventStore.open(join(dir, 'copy.sqlite'));
    expect(await copyEvents(source, copy)).toMatchObject({ copied: 30, skipped: 0 });
    expect(await everything(copy)).toEqual(await everything(source));
    await copy.close();
  });

  it('finishes an interrupted copy by running again, copying nothing twice', async () => {
    const source = new InMemoryEventStore();
    for (let i = 0; i < 12; i++) await source.append(`s-${i % 3}`, [newEvent()], i < 3 ? 'no_stream' : 'stream_exists');
    const target = new InMemoryEventStore();
    const firstFive = (await source.readAll()).slice(0, 5);
    const cutShort = { readAll: async () => firstFive } as unknown as EventStore;
    expect(await copyEvents(cutShort, target)).toMatchObject({ copied: 5 });
    expect(await copyEvents(source, target)).toMatchObject({ copied: 7, skipped: 5 });
    expect(await copyEvents(source, target)).toMatchObject({ copied: 0, skipped: 12 });
    expect(await everything(target)).toEqual(await everything(source));
  });
});
