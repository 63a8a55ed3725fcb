import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The built API, found from wherever this code runs (its source in libs/, or a bundle in dist/). */
const findBundle = (from: string): string => {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'dist/apps/api/main.js');
    if (existsSync(candidate) || dirname(dir) === dir) return candidate;
  }
};
const BUNDLE = findBundle(__dirname);
/** Starting takes a second alone; a CI machine running browser tests beside it has been seen to need twenty. */
const START_TIMEOUT_MS = 60_000;

export interface ApiProcess {
  child: ChildProcess;
  url: string;
  /** The admin token of the first start, read from its one-time sign-in link. */
  adminToken?: string;
  exited: Promise<number | null>;
}

/**
 * The built API (what `npm start` runs) as a child process on a free port. With
 * HINDSIGHT_API_CPU_PROFILE_DIR set, it writes a CPU profile there when it stops (benchmarks use this).
 */
export const spawnApi = async (databasePath: string, env: Record<string, string> = {}): Promise<ApiProcess> => {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: build the API first (nx run api:build)`);
  const profileDir = process.env['HINDSIGHT_API_CPU_PROFILE_DIR'];
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(process.execPath, [...profile, BUNDLE], {
    env: { ...process.env, HINDSIGHT_DATA: databasePath, HINDSIGHT_PORT: '0', HINDSIGHT_DEMO: 'false', HINDSIGHT_LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const started = await new Promise<{ url: string; adminToken?: string }>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`API did not start:\n${output}`));
    }, START_TIMEOUT_MS);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)[\s\S]*?\n\n/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1], adminToken: /#token=(\S+)/.exec(output)?.[1] });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    void exited.then(() => reject(new Error(`API exited before it started:\n${output}`)));
  });
  return { child, ...started, exited };
};
