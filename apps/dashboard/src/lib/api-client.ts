import type { CommandAccepted, Problem } from '@hindsight/contracts';
import { session } from './session';

/** An API error with the server's problem details (status, detail, field errors, conflicts). */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
  }
}

const headers = (extra: Record<string, string> = {}): Record<string, string> => {
  const token = session.token();
  return { ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra };
};

const problemOf = async (response: Response): Promise<Problem> => {
  try {
    return (await response.json()) as Problem;
  } catch {
    return { type: 'about:blank', title: response.statusText, status: response.status, detail: `The server answered ${response.status}.` };
  }
};

/** GET a JSON read. */
export const api = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
  const response = await fetch(`/api${path}`, { ...init, headers: headers({ ...(init.body ? { 'content-type': 'application/json' } : {}), ...(init.headers as Record<string, string>) }) });
  if (!response.ok) throw new ApiError(await problemOf(response));
  return (response.status === 204 ? undefined : await response.json()) as T;
};

export interface CommandRequest {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
  /** The report revision the user saw; sent as If-Match so the server can spot a conflicting edit. */
  basedOn?: number;
}

/** Sends a command; the answer says the report's new revision and the log position to read from. */
export const sendCommand = ({ method, path, body, basedOn }: CommandRequest): Promise<CommandAccepted> =>
  api<CommandAccepted>(path, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: basedOn === undefined ? {} : { 'if-match': `"${basedOn}"` },
  });

/** Uploads a file as the request body itself (application/octet-stream); answers the JSON reply. */
export const upload = async <T>(path: string, file: Blob): Promise<T> => {
  const response = await fetch(`/api${path}`, { method: 'POST', body: file, headers: headers({ 'content-type': 'application/octet-stream' }) });
  if (!response.ok) throw new ApiError(await problemOf(response));
  return (await response.json()) as T;
};

/** GETs a file's bytes (the token in a header, where a plain link cannot carry it). */
export const fetchBlob = async (path: string): Promise<Blob> => {
  const response = await fetch(`/api${path}`, { headers: headers() });
  if (!response.ok) throw new ApiError(await problemOf(response));
  return response.blob();
};

/** Downloads an export (the token travels in a header, so a plain link cannot do it). */
export const download = async (path: string, fallbackName: string): Promise<void> => {
  const response = await fetch(`/api${path}`, { headers: headers() });
  if (!response.ok) throw new ApiError(await problemOf(response));
  const name = /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  saveBlob(await response.blob(), name);
};

export const saveBlob = (blob: Blob, name: string): void => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
};

/** A query string from the filters that are set. */
export const query = (params: Record<string, string | number | boolean | undefined | null>): string => {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}` : '';
};
