import { demoDataProgram } from '../demo/demo-data-program';
import { runCli } from '../run-cli';

runCli(demoDataProgram());
