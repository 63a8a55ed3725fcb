import { projectionsProgram } from '../projections/projections-program';
import { runCli } from '../run-cli';

runCli(projectionsProgram());
