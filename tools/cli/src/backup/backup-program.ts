import { SqliteEventStore, verifyLog } from '@hindsight/event-store';
import { Command, Option } from 'commander';
import { existsSync } from 'node:fs';

/**
 * `backup --to <file>`: an online backup of the embedded store with SQLite's backup API — a
 * consistent copy taken while the API keeps writing — then verified: every hash chain of the
 * copy must hold. Restoring is pointing HINDSIGHT_DATA at the copy.
 */
export const backupProgram = (print: (line: string) => void = console.log): Command =>
  new Command('backup')
    .description('Back up the embedded event store while it runs, and verify the copy')
    .addOption(new Option('--data <file>', 'the event store file').default(process.env['HINDSIGHT_DATA'] ?? 'data/hindsight.sqlite'))
    .requiredOption('--to <file>', 'the backup file to create')
    .exitOverride()
    .action(async (options: { data: string; to: string }) => {
      if (!existsSync(options.data)) throw new Error(`${options.data} does not exist`);
      if (existsSync(options.to)) throw new Error(`${options.to} already exists; back up into a new file`);
      const source = SqliteEventStore.open(options.data);
      const started = Date.now();
      try {
        await source.database.backup(options.to);
      } finally {
        await source.close();
      }
      const copy = SqliteEventStore.open(options.to);
      const verifier = await verifyLog(copy).finally(() => copy.close());
      if (verifier.broken.length > 0) throw new Error(`The backup does not verify: ${JSON.stringify(verifier.broken[0])}`);
      print(`Backed up ${verifier.events} events in ${verifier.streams} streams to ${options.to} in ${((Date.now() - started) / 1000).toFixed(1)} s; every hash chain verifies`);
    });
