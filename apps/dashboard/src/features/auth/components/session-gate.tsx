import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { session } from '../../../lib/session';
import { meQueryOptions } from '../api/get-me';
import { SignInForm } from './sign-in-form';

/** Shows the sign-in screen until a token is accepted by the API, then the app with a sign-out control. */
export const SessionGate = ({ children }: { children: ReactNode }) => {
  const client = useQueryClient();
  const [token, setToken] = useState(session.token());
  const me = useQuery(meQueryOptions(token));

  const signIn = (value: string) => {
    session.signIn(value);
    setToken(value);
  };
  const signOut = () => {
    session.signOut();
    client.clear();
    setToken(null);
  };

  if (token === null || me.isError) {
    const refused = me.isError ? 'That token was not accepted: it may be mistyped, expired or revoked.' : undefined;
    return <SignInForm onSignIn={signIn} error={refused} />;
  }
  if (!me.data) return <p aria-busy="true">Signing in…</p>;
  return (
    <>
      <p>
        Signed in as <strong>{me.data.subject}</strong> ({me.data.roles.join(', ')}){' '}
        <button type="button" onClick={signOut}>
          Sign out
        </button>
      </p>
      {children}
    </>
  );
};
