import { backupProgram } from '../backup/backup-program';
import { runCli } from '../run-cli';

runCli(backupProgram());
