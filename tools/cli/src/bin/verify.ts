import { verifyProgram } from '../verify/verify-program';
import { runCli } from '../run-cli';

runCli(verifyProgram());
