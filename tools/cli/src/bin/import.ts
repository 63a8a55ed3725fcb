import { importProgram } from '../import/import-program';
import { runCli } from '../run-cli';

runCli(importProgram());
