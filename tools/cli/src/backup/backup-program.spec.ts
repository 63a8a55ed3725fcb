import { LogVerifier, SqliteEventStore } from '@hindsight/event-store';
import { spawnApi } from '@hindsight/testing';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const CLI = join(__dirname, '../../../../dist/tools/backup.js');
const run = promisify(execFile);

describe('Given the API is writing, when the embedded store is backed up online', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'hindsight-backup-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('then the copy restores into a working store whose chains and counts hold', async () => {
    const data = join(dir, 'live.sqlite');
    const api = await spawnApi(data, { HINDSIGHT_DEMO: 'true' });
    const auth = { authorization: `Bearer ${api.adminToken}`, 'content-type': 'application/json' };
    const list = (await (await fetch(`${api.url}/api/postmortems?limit=1`, { headers: auth })).json()) as { items: { id: string }[] };
    const report = list.items[0].id;
    let writing = true;
    const acknowledgedBeforeBackup: string[] = [];
    let backupStarted = false;
    const load = (async () => {
      while (writing) {
        const response = await fetch(`${api.url}/api/postmortems/${report}/stakeholders`, { method: 'POST', headers: auth, body: JSON.stringify({ name: 'Partner', group: 'partner', channel: 'email' }) });
        const body = (await response.json()) as { id: string };
        if (response.status === 201 && !backupStarted) acknowledgedBeforeBackup.push(body.id);
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 200));
    backupStarted = true;
    const backup = join(dir, 'backup.sqlite');
    const { stdout } = await run(process.execPath, [CLI, '--data', data, '--to', backup]);
    writing = false;
    await load;
    api.child.kill('SIGTERM');
    await api.exited;
    expect(stdout).toMatch(/Backed up \d+ events in \d+ streams .* every hash chain verifies/);
    expect(acknowledgedBeforeBackup.length).toBeGreaterThan(0);

    const restored = await spawnApi(backup);
    try {
      const doc = (await (await fetch(`${restored.url}/api/postmortems/${report}`, { headers: auth })).json()) as { stakeholders: { id: string }[] };
      const ids = new Set(doc.stakeholders.map((s) => s.id));
      for (const id of acknowledgedBeforeBackup) expect(ids.has(id)).toBe(true);
    } finally {
      restored.child.kill('SIGTERM');
      await restored.exited;
    }
    const store = SqliteEventStore.open(backup);
    const verifier = new LogVerifier();
    (await store.readAll()).forEach((e) => verifier.add(e));
    await store.close();
    expect(verifier.broken).toEqual([]);
    expect(verifier.streams).toBeGreaterThanOrEqual(200);
  });

  it('refuses to overwrite an existing file', async () => {
    const data = join(dir, 'live.sqlite');
    await expect(run(process.execPath, [CLI, '--data', data, '--to', data])).rejects.toThrow(/already exists/);
  });
});
