import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventStoreContract } from '../../../testing/event-store.contract';
import { SqliteEventStore } from './sqlite-event-store';

eventStoreContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hindsight-store-'));
  const file = join(dir, 'events.sqlite');
  const options = { pollIntervalMs: 20 };
  return {
    store: SqliteEventStore.open(file, options),
    connectAgain: () => SqliteEventStore.open(file, options),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
});
