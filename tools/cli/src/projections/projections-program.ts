import { SqliteEventStore } from '@hindsight/event-store';
import { ALL_PROJECTIONS, openReadModels, ProjectionRunner, readModelsPathFor } from '@hindsight/projections';
import { SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError, Option } from 'commander';

const names = ALL_PROJECTIONS.map((p) => p.name);
const projection = (value: string, previous: string[] = []): string[] => {
  if (!names.includes(value)) throw new InvalidArgumentError(`must be one of ${names.join(', ')}`);
  return [...previous, value];
};
const positive = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100_000) throw new InvalidArgumentError('must be a whole number from 1 to 100000');
  return n;
};

interface Options {
  data: string;
  readModels?: string;
  batchSize: number;
}

/** `projections rebuild | catch-up | status`: the read models of the embedded store, offline. */
export const projectionsProgram = (print: (line: string) => void = console.log): Command => {
  const program = new Command('projections')
    .description('Rebuild or catch up the read models of the embedded store')
    .addOption(new Option('--data <file>', 'the event store file').default(process.env['HINDSIGHT_DATA'] ?? 'data/hindsight.sqlite', '$HINDSIGHT_DATA or data/hindsight.sqlite'))
    .option('--read-models <file>', 'the read models file (default: beside the event store)')
    .option('--batch-size <events>', 'events per transaction', positive, 10_000)
    .exitOverride()
    .showHelpAfterError();

  const run = async (work: (runner: ProjectionRunner, store: SqliteEventStore, bar: SingleBar) => Promise<number>, label: string) => {
    const options = program.opts<Options>();
    const store = SqliteEventStore.open(options.data);
    const db = openReadModels(options.readModels ?? readModelsPathFor(options.data));
    const runner = new ProjectionRunner(store, db, ALL_PROJECTIONS, { batchSize: options.batchSize, warn: (m) => print(m) });
    const bar = new SingleBar({ format: `${label} [{bar}] {percentage}% | {value}/{total} events | {speed} events/s`, hideCursor: true, noTTYOutput: true, notTTYSchedule: 2_000 });
    const started = process.hrtime.bigint();
    try {
      const applied = await work(runner, store, bar);
      bar.stop();
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      print(`${label}: ${applied} events in ${seconds.toFixed(1)} s, ${Math.round(applied / Math.max(seconds, 1e-9))} events/s; read models at ${runner.position ?? 'the start'}`);
    } finally {
      db.close();
      await store.close();
    }
  };

  const track = (runner: ProjectionRunner, store: SqliteEventStore, bar: SingleBar, fromZero: boolean) => {
    const after = fromZero || runner.position === undefined ? 0 : parseInt(runner.position, 16);
    const total = (store.database.prepare('SELECT count(*) AS n FROM events WHERE position > ?').get(after) as { n: bigint }).n;
    const started = Date.now();
    bar.start(Number(total), 0, { speed: 0 });
    return ({ applied }: { applied: number }) => bar.update(applied, { speed: Math.round(applied / Math.max((Date.now() - started) / 1000, 0.001)) });
  };

  program
    .command('rebuild')
    .description('drop read models and apply every event again (all, or those named)')
    .option('--only <projection>', `one of ${names.join(', ')}; repeat for several`, projection)
    .action((options: { only?: string[] }) =>
      run((runner, store, bar) => runner.rebuild(options.only, track(runner, store, bar, true)), 'Rebuilt'),
    );

  program
    .command('catch-up')
    .description('apply the events the read models have not seen yet')
    .action(() => run((runner, store, bar) => runner.catchUp(track(runner, store, bar, false)), 'Caught up'));

  return program;
};
