import { migrateProgram } from '../migrate/migrate-program';
import { runCli } from '../run-cli';

runCli(migrateProgram());
