/**
 * A separate process appending to one stream of a shared SQLite file, retrying on
 * conflicts as a command handler would; prints each acknowledged event id on its own line.
 * Usage: append-worker <file> <stream> <count>
 */
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '../lib/adapters/sqlite/sqlite-event-store';
import { WrongExpectedRevisionError } from '../lib/errors';

const [file, stream, count] = process.argv.slice(2);

const main = async () => {
  const store = SqliteEventStore.open(file);
  for (let i = 0; i < Number(count); i++) {
    const id = randomUUID();
    for (;;) {
      const head = (await store.readStream(stream)).at(-1)?.revision;
      try {
        await store.append(
          stream,
          [{ id, type: 'Noted', schemaVersion: 1, data: { i, pid: process.pid }, metadata: { actor: `pid-${process.pid}`, timestamp: new Date().toISOString(), correlationId: id, causationId: id } }],
          head ?? 'no_stream',
        );
        process.stdout.write(`${id}\n`);
        break;
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
      }
    }
  }
  await store.close();
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
