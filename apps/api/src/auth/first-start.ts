import type { SqliteTokenStore } from '@hindsight/identity';

/**
 * On the first start of an empty embedded store nobody could sign in: create an admin
 * token and hand it over once, as a sign-in link. It is never shown again.
 */
export const createFirstAdminToken = (tokens: SqliteTokenStore): string | undefined => {
  if (tokens.count() > 0) return undefined;
  return tokens.create({ name: 'admin', roles: ['admin'], teams: ['*'], createdBy: 'first start' }).token;
};

export const signInLink = (baseUrl: string, token: string): string => `${baseUrl}/#token=${token}`;
