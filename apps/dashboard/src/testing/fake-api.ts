/**
 * The network boundary for component tests: records each request the screen sends and answers
 * with what the test queued (the real API is exercised by the browser tests).
 */
export interface SentRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

/** `reads` answers GETs by path (e.g. the taxonomy); any other read gets empty lists. */
export const fakeApi = (reads: Record<string, unknown> = {}) => {
  const sent: SentRequest[] = [];
  const answers: { status: number; body: unknown }[] = [];
  const fetch = jest.fn(async (url: string, init: RequestInit = {}) => {
    sent.push({
      method: init.method ?? 'GET',
      path: url,
      headers: (init.headers ?? {}) as Record<string, string>,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    });
    const read = (): { status: number; body: unknown } => ({ status: 200, body: url in reads ? reads[url] : { items: [], regimes: [], position: null } });
    const answer = (init.method ?? 'GET') === 'GET' ? read() : (answers.shift() ?? { status: 200, body: { revision: 99, position: '0' } });
    return { ok: answer.status < 400, status: answer.status, statusText: '', headers: { get: () => null }, json: async () => answer.body };
  });
  globalThis.fetch = fetch as unknown as typeof globalThis.fetch;
  return {
    /** The commands sent (reads left out). */
    commands: () => sent.filter((r) => r.method !== 'GET'),
    answer: (status: number, body: unknown) => answers.push({ status, body }),
  };
};
