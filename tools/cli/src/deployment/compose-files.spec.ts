import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../../..');

/** `docker compose` (v2 plugin) or `docker-compose` (Debian's package): whichever validates here. */
const composeCli = (): string[] | undefined =>
  [['docker', 'compose'], ['docker-compose']].find(([cmd, ...args]) => spawnSync(cmd, [...args, 'version'], { stdio: 'ignore' }).status === 0);

const compose = composeCli();

const config = (...files: string[]) => {
  const [cmd, ...args] = compose as string[];
  const result = spawnSync(cmd, [...args, ...files.flatMap((f) => ['-f', join(root, f)]), '--profile', 'test', 'config'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
};

// Needs a compose CLI (no engine): .ci/run installs one; elsewhere the suite says it was skipped.
(compose ? describe : describe.skip)('The compose files (validated by the compose CLI; no Docker engine needed)', () => {
  it('run the API on a healthy KurrentDB node with its data on a named volume, and the contract suite behind a profile', () => {
    const single = config('docker-compose.yml');
    expect(single).toContain('HINDSIGHT_EVENTSTORE: kurrentdb://kurrentdb:2113?tls=false');
    expect(single).toMatch(/condition: service_healthy/);
    expect(single).toMatch(/kurrentdb-data:\s*\n\s*target: \/var\/lib\/kurrentdb|kurrentdb-data:\/var\/lib\/kurrentdb/);
    expect(single).toContain('HINDSIGHT_KURRENTDB_TEST_URL: kurrentdb://kurrentdb:2113?tls=false');
  });

  it('extend to a three-node cluster that the API reaches through gossip', () => {
    const cluster = config('docker-compose.yml', 'docker-compose.cluster.yml');
    for (const node of ['kurrentdb:', 'kurrentdb-2:', 'kurrentdb-3:']) expect(cluster).toContain(`  ${node}`);
    expect(cluster).toContain('KURRENTDB_CLUSTER_SIZE');
    expect(cluster).toContain('kurrentdb://kurrentdb:2113,kurrentdb-2:2113,kurrentdb-3:2113?tls=false');
    expect(cluster.slice(cluster.indexOf('\n  api:'))).toMatch(/healthcheck:[\s\S]*?\/api\/health\/ready/);
  });
});
