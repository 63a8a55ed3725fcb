/** The signed-in user's bearer token, kept in this browser until they sign out. */
const KEY = 'hindsight.token';

export const session = {
  token: (): string | null => localStorage.getItem(KEY),
  signIn: (token: string): void => localStorage.setItem(KEY, token),
  signOut: (): void => localStorage.removeItem(KEY),
};

/** A one-time sign-in link carries the token in the URL fragment (never sent to a server); take it and erase it. */
export const takeTokenFromLink = (): boolean => {
  const match = /(?:^|&)token=([^&]+)/.exec(window.location.hash.slice(1));
  if (!match) return false;
  session.signIn(decodeURIComponent(match[1]));
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  return true;
};
