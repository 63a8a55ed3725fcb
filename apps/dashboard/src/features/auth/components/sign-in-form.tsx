import { type FormEvent, useState } from 'react';

/** Paste an API token (or follow a sign-in link) to sign in. */
export const SignInForm = ({ onSignIn, error }: { onSignIn: (token: string) => void; error?: string }) => {
  const [token, setToken] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (token.trim()) onSignIn(token.trim());
  };
  return (
    <form onSubmit={submit} aria-labelledby="sign-in-title" style={{ display: 'grid', gap: '0.75rem', maxWidth: 420 }}>
      <h2 id="sign-in-title">Sign in</h2>
      <label htmlFor="token">API token</label>
      <input
        id="token"
        type="password"
        autoComplete="off"
        value={token}
        onChange={(e) => setToken(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'token-error' : undefined}
      />
      {error && (
        <p id="token-error" role="alert" style={{ color: '#b00020', margin: 0 }}>
          {error}
        </p>
      )}
      <button type="submit">Sign in</button>
    </form>
  );
};
