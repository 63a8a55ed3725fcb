import { tokensProgram } from '../tokens/tokens-program';
import { runCli } from '../run-cli';

runCli(tokensProgram());
