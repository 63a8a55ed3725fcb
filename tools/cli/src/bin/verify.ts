import { CommanderError } from 'commander';
import { verifyProgram } from '../verify/verify-program';

verifyProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    if (!(error instanceof CommanderError)) console.error(error instanceof Error ? error.message : error);
    process.exit(error instanceof CommanderError ? error.exitCode : 1);
  });
