import { SqliteEventStore } from '@hindsight/event-store';
import { AccessTokens, type Role } from '@hindsight/identity';
import { loadLogKeys } from '@hindsight/transparency';
import { dirname, join } from 'node:path';

/**
 * A local API token for a test user, appended to the embedded store's access stream and
 * signed with the log's key from `keyDir` (by default the API's default, `keys` beside the file).
 */
export const createToken = async (databasePath: string, who: { name: string; roles: Role[]; teams: string[] }, keyDir = join(dirname(databasePath), 'keys')): Promise<string> => {
  const store = SqliteEventStore.open(databasePath);
  try {
    const keys = loadLogKeys(undefined, keyDir, () => undefined);
    return (await new AccessTokens(store, keys.signer, keys.verifiers).create({ ...who, createdBy: 'test' })).token;
  } finally {
    await store.close();
  }
};
