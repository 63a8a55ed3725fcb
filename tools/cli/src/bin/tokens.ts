import { CommanderError } from 'commander';
import { tokensProgram } from '../tokens/tokens-program';

try {
  tokensProgram().parse(process.argv);
} catch (error) {
  if (!(error instanceof CommanderError)) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  process.exit(error.exitCode);
}
