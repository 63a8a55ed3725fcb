import { CommanderError } from 'commander';
import { backupProgram } from '../backup/backup-program';

backupProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    if (!(error instanceof CommanderError)) console.error(error instanceof Error ? error.message : error);
    process.exit(error instanceof CommanderError ? error.exitCode : 1);
  });
