import { Center, Loader, Paper } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { session } from '../../../lib/session';
import { meQueryOptions } from '../api/get-me';
import { SignInForm } from './sign-in-form';

/** Shows the sign-in screen until a token is accepted by the API, then the app (which can sign out). */
export const SessionGate = ({ children }: { children: (signOut: () => void) => ReactNode }) => {
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
    return (
      <Center mih="100vh">
        <Paper withBorder p="xl" w={440} component="main">
          <SignInForm onSignIn={signIn} error={refused} />
        </Paper>
      </Center>
    );
  }
  if (!me.data) return <Loader aria-label="Signing in" m="xl" />;
  return <>{children(signOut)}</>;
};
