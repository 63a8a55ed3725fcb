import { generateHistory, writeHistory } from '@hindsight/demo-data';
import { SqliteEventStore } from '@hindsight/event-store';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(__dirname, '../../../../dist/tools/migrate.js');

describe('The migrate command', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'hindsight-migrate-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('copies a store to a new file, verifies it, and resumes without copying twice', async () => {
    const from = join(dir, 'from.sqlite');
    const to = join(dir, 'to.sqlite');
    const source = SqliteEventStore.open(from);
    await writeHistory(source, generateHistory({ incidents: 20, end: new Date('2026-11-01T00:00:00Z') }));
    const original = await source.readAll();
    await source.close();

    const first = execFileSync(process.execPath, [CLI, '--from', from, '--to', to], { encoding: 'utf8' });
    expect(first).toContain(`Copied ${original.length} events (0 already there)`);
    expect(first).toMatch(/Verified: \d+ events in 20 streams, every hash chain intact/);
    const again = execFileSync(process.execPath, [CLI, '--from', from, '--to', to], { encoding: 'utf8' });
    expect(again).toContain(`Copied 0 events (${original.length} already there)`);

    const copy = SqliteEventStore.open(to);
    const copied = await copy.readAll();
    await copy.close();
    expect(copied.map(({ position: _p, ...e }) => e)).toEqual(original.map(({ position: _p, ...e }) => e));
  });
});
