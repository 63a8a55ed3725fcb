import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportResult } from '../import-result';
import type { ImportWindow } from '../window';
import { importSlack, slackNames } from './slack';

/**
 * A whole Slack export as Slack writes it: `users.json`, and a folder per channel holding a
 * JSON file per day. Each channel is read as one import, its days in order, its people named.
 */
export const importSlackExport = (directory: string, options: { window?: ImportWindow; channels?: string[] } = {}): ImportResult[] => {
  const usersFile = join(directory, 'users.json');
  const names = existsSync(usersFile) ? slackNames(readFileSync(usersFile, 'utf8')) : new Map<string, string>();
  const channels = readdirSync(directory)
    .filter((name) => statSync(join(directory, name)).isDirectory() && (!options.channels || options.channels.includes(name)))
    .sort();
  return channels.map((channel) => {
    const days = readdirSync(join(directory, channel)).filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f)).sort();
    const messages = days.flatMap((day) => JSON.parse(readFileSync(join(directory, channel, day), 'utf8')) as unknown[]);
    return importSlack(JSON.stringify(messages), { file: `${channel}/`, channel, names, window: options.window });
  });
};
