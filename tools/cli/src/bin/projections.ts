import { CommanderError } from 'commander';
import { projectionsProgram } from '../projections/projections-program';

projectionsProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    if (!(error instanceof CommanderError)) console.error(error instanceof Error ? error.message : error);
    process.exit(error instanceof CommanderError ? error.exitCode : 1);
  });
