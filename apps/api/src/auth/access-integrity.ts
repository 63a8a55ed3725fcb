import type { AccessTokens, LegacyTokenTable } from '@hindsight/identity';

/**
 * What verification reports about access: token creations in the log that the log's key did
 * not sign, and rows of the old token table that the log never held. Both are refused at sign-in.
 */
export const accessProblems = async (tokens: AccessTokens, legacy: LegacyTokenTable): Promise<string[]> => {
  const forged = (await tokens.forged()).map(
    (f) => `Token ${f.tokenId} was created at revision ${f.streamRevision} of access-tokens without the log's signature: written behind the log's back, and refused`,
  );
  const known = new Set((await tokens.list()).map((t) => t.id));
  const rows = legacy
    .rows()
    .filter((row) => !known.has(row.id))
    .map((row) => `The old api_tokens table holds token ${row.id} (${row.name}), which is not in the log: inserted behind the log's back, and refused`);
  return [...forged, ...rows];
};
