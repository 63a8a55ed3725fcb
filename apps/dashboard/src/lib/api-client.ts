import type { Problem } from '@hindsight/contracts';
import { session } from './session';

/** An API error with the server's problem details (status, detail, field errors). */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
    this.name = 'ApiError';
  }
}

export const api = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
  const token = session.token();
  const response = await fetch(`/api${path}`, {
    ...init,
    headers: {
      ...(init.body ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...init.headers,
    },
  });
  const body = response.status === 204 ? undefined : await response.json();
  if (!response.ok) throw new ApiError(body as Problem);
  return body as T;
};
