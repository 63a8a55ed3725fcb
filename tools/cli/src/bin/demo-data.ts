import { CommanderError } from 'commander';
import { demoDataProgram } from '../demo/demo-data-program';

demoDataProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    if (!(error instanceof CommanderError) || error.code === 'commander.invalidArgument') console.error(error instanceof Error ? error.message : error);
    process.exit(error instanceof CommanderError ? error.exitCode : 1);
  });
