import type { AccessTokens } from '@hindsight/identity';

/**
 * On the first start of an empty store nobody could sign in: create an admin token and hand
 * it over once, as a sign-in link. It is never shown again.
 */
export const createFirstAdminToken = async (tokens: AccessTokens): Promise<string | undefined> => {
  if ((await tokens.list()).length > 0) return undefined;
  return (await tokens.create({ name: 'admin', roles: ['admin'], teams: ['*'], createdBy: 'first start' })).token;
};

export const signInLink = (baseUrl: string, token: string): string => `${baseUrl}/#token=${token}`;
