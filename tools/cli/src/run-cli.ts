import { type Command, CommanderError } from 'commander';

/**
 * Runs a tool's program and exits with its status. Commander has already printed its own
 * usage errors; anything else a tool throws is printed as one line.
 */
export const runCli = (program: Command): void => {
  program.parseAsync(process.argv).catch((error: unknown) => {
    if (!(error instanceof CommanderError)) console.error(error instanceof Error ? error.message : error);
    process.exit(error instanceof CommanderError ? error.exitCode : 1);
  });
};
