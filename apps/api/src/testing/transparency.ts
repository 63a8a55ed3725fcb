import { join } from 'node:path';
import type { AppConfig } from '../config/config';

/** Waits until `holds` is true of what `read` answers, polling: the tree and its checkpoints follow the log in the background. */
export const eventually = async <T>(read: () => Promise<T>, holds: (value: T) => boolean, what: string): Promise<T> => {
  for (let tries = 0; tries < 200; tries += 1) {
    const value = await read();
    if (holds(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out waiting for ${what}`);
};

/** Transparency settings for an instance under test: checkpoint on every new event, witnessed in `dir`. */
export const transparency = (dir: string, overrides: Partial<AppConfig['transparency']> = {}): AppConfig['transparency'] => ({
  keyDir: join(dir, 'keys'),
  checkpointEvery: { seconds: 60, events: 1 },
  witnessDir: join(dir, 'witness'),
  witnesses: [],
  witnessFor: [],
  verifyEverySeconds: 3600,
  ...overrides,
});
