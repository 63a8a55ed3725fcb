import { type Role, SqliteTokenStore } from '@hindsight/identity';

/** A local API token for a test user, written into the embedded store the API reads its tokens from. */
export const createToken = (databasePath: string, who: { name: string; roles: Role[]; teams: string[] }): string => {
  const store = SqliteTokenStore.open(databasePath);
  try {
    return store.create({ ...who, createdBy: 'test' }).token;
  } finally {
    store.close();
  }
};
