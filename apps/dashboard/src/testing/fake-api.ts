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

export const fakeApi = () => {
  const sent: SentRequest[] = [];
  const answers: { status: number; body: unknown }[] = [];
  const fetch = jest.fn(async (url: string, init: RequestInit = {}) => {
    sent.push({
      method: init.method ?? 'GET',
      path: url,
      headers: (init.headers ?? {}) as Record<string, string>,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    });
    const answer = (init.method ?? 'GET') === 'GET' ? { status: 200, body: { items: [], position: null } } : (answers.shift() ?? { status: 200, body: { revision: 99, position: '0' } });
    return { ok: answer.status < 400, status: answer.status, statusText: '', headers: { get: () => null }, json: async () => answer.body };
  });
  globalThis.fetch = fetch as unknown as typeof globalThis.fetch;
  return {
    /** The commands sent (reads left out). */
    commands: () => sent.filter((r) => r.method !== 'GET'),
    answer: (status: number, body: unknown) => answers.push({ status, body }),
  };
};
