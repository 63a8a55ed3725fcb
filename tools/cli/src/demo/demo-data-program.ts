import { generateHistory, writeHistory } from '@hindsight/demo-data';
import { SqliteEventStore } from '@hindsight/event-store';
import { SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError, Option } from 'commander';

const count = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1_000_000) throw new InvalidArgumentError('must be a whole number from 1 to 1000000');
  return n;
};

/**
 * `demo-data`: writes a simulated history straight into an event store file (through the
 * domain's decide/evolve, without the API), for benchmarks and trying things out at scale.
 */
export const demoDataProgram = (print: (line: string) => void = console.log): Command =>
  new Command('demo-data')
    .description('Write a simulated history of incident reviews into an event store file')
    .addOption(new Option('--data <file>', 'the event store file').default(process.env['HINDSIGHT_DATA'] ?? 'data/hindsight.sqlite'))
    .option('--incidents <n>', 'how many incidents', count, 200)
    .option('--months <n>', 'over how many months', count, 18)
    .option('--seed <n>', 'the random seed (same seed, same history)', count, 7)
    .exitOverride()
    .action(async (options: { data: string; incidents: number; months: number; seed: number }) => {
      const steps = generateHistory({ incidents: options.incidents, months: options.months, seed: options.seed });
      const store = SqliteEventStore.open(options.data);
      if ((await store.readAll({ limit: 1 })).length > 0) {
        await store.close();
        throw new Error(`${options.data} already holds events; demo data goes into an empty store`);
      }
      const bar = new SingleBar({ format: 'Writing [{bar}] {percentage}% | {value}/{total} events', hideCursor: true, noTTYOutput: true, notTTYSchedule: 2_000 });
      bar.start(steps.length, 0);
      const started = Date.now();
      const written = await writeHistory(store, steps, (n) => bar.update(n));
      bar.stop();
      await store.close();
      print(`Wrote ${written} events for ${options.incidents} incidents into ${options.data} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });
