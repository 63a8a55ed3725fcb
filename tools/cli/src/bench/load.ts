import { type NewEvent, SqliteEventStore } from '@hindsight/event-store';
import autocannon, { type Result } from 'autocannon';
import { randomUUID } from 'node:crypto';

/** Draft reports written straight to the store, so load starts on a populated product. */
export const seedDraftReports = async (file: string, count: number): Promise<string[]> => {
  const store = SqliteEventStore.open(file);
  const ids = Array.from({ length: count }, () => randomUUID());
  for (const id of ids) {
    const drafted: NewEvent = {
      id: randomUUID(),
      type: 'PostmortemDrafted',
      schemaVersion: 1,
      data: { postmortemId: id, facts: { title: `Load ${id.slice(0, 8)}`, severity: 'SEV3', services: ['api'], team: 'platform', occurredAt: '2026-01-01T00:00:00Z', customerImpact: '', summary: '' } },
      metadata: { actor: 'bench', timestamp: new Date().toISOString(), correlationId: 'c', causationId: 'c' },
    };
    await store.append(`postmortem-${id}`, [drafted], 'no_stream');
  }
  await store.close();
  return ids;
};

export const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)];

type Request = autocannon.Request;
const post = (request: Request, path: string, body: object): Request => ({ ...request, method: 'POST', path, body: JSON.stringify(body) });
const patch = (request: Request, path: string, body: object): Request => ({ ...request, method: 'PATCH', path, body: JSON.stringify(body) });

export const draftReport = (request: Request, title: string) =>
  post(request, '/api/postmortems', { title, severity: 'SEV3', services: ['api'], team: 'platform', occurredAt: '2026-01-01T00:00:00Z' });
export const addTimelineEntry = (request: Request, id: string) =>
  post(request, `/api/postmortems/${id}/timeline`, { at: '2026-01-01T00:05:00Z', kind: 'observation', description: 'Under load' });
export const reviseSeverity = (request: Request, id: string) => patch(request, `/api/postmortems/${id}/facts`, { severity: pick(['SEV2', 'SEV3', 'SEV4']) });
export const linkEvidence = (request: Request, id: string) => post(request, `/api/postmortems/${id}/evidence`, { kind: 'log', title: 'Logs', url: 'https://logs.example.com/q' });
// autocannon hands each connection's previous request back in, with the Content-Length it added
// for a command's body: a read must drop both, or the server reads the next request as its body.
const get = (request: Request, path: string): Request => {
  const headers = Object.fromEntries(Object.entries(request.headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-length'));
  return { ...request, method: 'GET', path, body: undefined, headers };
};
export const readDocument = (request: Request, id: string) => get(request, `/api/postmortems/${id}`);
/** The ceilings' two routes (ceiling-server.ts), with a body like a timeline entry's. */
export const insertRow = (request: Request) => post(request, '/insert', { at: '2026-01-01T00:05:00Z', kind: 'observation', description: 'Under load' });
export const readRow = (request: Request, rows: number) => get(request, `/rows/${1 + Math.floor(Math.random() * rows)}`);
export const readListPage = (request: Request) => get(request, `/api/postmortems?team=platform&limit=25&offset=${Math.floor(Math.random() * 40) * 25}`);

export interface LoadOptions {
  url: string;
  token: string;
  seconds: number;
  connections: number;
  /** Requests per second across all connections; unbounded when absent. */
  rate?: number;
  /** The next request of a connection; `context` is that connection's own, shared with `onResponse`. */
  request: (request: Request, context: Record<string, unknown>) => Request;
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
}

export const load = (options: LoadOptions): Promise<Result> =>
  new Promise((resolve, reject) => {
    autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        overallRate: options.rate,
        headers: { authorization: `Bearer ${options.token}`, 'content-type': 'application/json' },
        requests: [{ setupRequest: options.request as (request: Request, context: object) => Request, ...(options.onResponse ? { onResponse: options.onResponse as (status: number, body: string, context: object) => void } : {}) }],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
