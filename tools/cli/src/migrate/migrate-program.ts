import { copyEvents, describeLocation, openEventStore, verifyLog } from '@hindsight/event-store';
import { SingleBar } from 'cli-progress';
import { Command } from 'commander';

/**
 * `migrate --from <store> --to <store>`: copies every event between the embedded SQLite store
 * and KurrentDB (either way, or SQLite to SQLite), keeping order, ids, metadata and the hash
 * chain; run it again to resume. A store is a SQLite file path or a kurrentdb:// connection string.
 */
export const migrateProgram = (print: (line: string) => void = console.log): Command =>
  new Command('migrate')
    .description('Copy every event from one event store to another, resumably, and verify the copy')
    .requiredOption('--from <store>', 'source: a SQLite file, or kurrentdb://host:2113?tls=false')
    .requiredOption('--to <store>', 'target: a SQLite file, or a kurrentdb:// connection string')
    .exitOverride()
    .action(async (options: { from: string; to: string }) => {
      const source = openEventStore(options.from);
      const target = openEventStore(options.to);
      const bar = new SingleBar({ format: 'Copying [{bar}] {value} events | at {position}', hideCursor: true, noTTYOutput: true, notTTYSchedule: 2_000 });
      bar.start(0, 0, { position: 'the start' });
      try {
        const result = await copyEvents(source, target, (p) => {
          bar.setTotal(p.copied + p.skipped);
          bar.update(p.copied + p.skipped, { position: p.position });
        });
        bar.stop();
        print(`Copied ${result.copied} events (${result.skipped} already there) from ${describeLocation(options.from)} to ${describeLocation(options.to)}`);
        const verifier = await verifyLog(target);
        if (verifier.broken.length > 0) throw new Error(`The copy does not verify: ${JSON.stringify(verifier.broken[0])}`);
        print(`Verified: ${verifier.events} events in ${verifier.streams} streams, every hash chain intact`);
      } finally {
        bar.stop();
        await Promise.all([source.close(), target.close()]);
      }
    });
