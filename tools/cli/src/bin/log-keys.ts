import { logKeysProgram } from '../log-keys/log-keys-program';
import { runCli } from '../run-cli';

runCli(logKeysProgram());
