import { Button, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';

/** Paste an API token (or follow a sign-in link) to sign in. */
export const SignInForm = ({ onSignIn, error }: { onSignIn: (token: string) => void; error?: string }) => {
  const [token, setToken] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (token.trim()) onSignIn(token.trim());
  };
  return (
    <form onSubmit={submit} aria-labelledby="sign-in-title">
      <Stack>
        <Title order={1} size="h2">
          Hindsight
        </Title>
        <Title order={2} size="h3" id="sign-in-title">
          Sign in
        </Title>
        <Text size="sm" c="dimmed">
          Paste an API token, or open the sign-in link the server printed.
        </Text>
        <PasswordInput label="API token" autoComplete="off" value={token} onChange={(e) => setToken(e.currentTarget.value)} error={error} errorProps={{ role: 'alert' }} data-autofocus />
        <Button type="submit">Sign in</Button>
      </Stack>
    </form>
  );
};
