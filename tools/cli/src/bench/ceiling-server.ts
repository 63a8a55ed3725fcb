import Database from 'better-sqlite3';
import Fastify from 'fastify';

/**
 * The ceilings HTTP results are set against, measured by the same load generator in the same
 * run: a bare Fastify route that durably inserts one JSON row per request, with group commit
 * (requests arriving together share a transaction, each answered once it is committed), and one
 * that reads one JSON row and sends its stored text. No authentication, no validation, no events.
 */
export const startCeilingServer = async (file: string, rows: number): Promise<{ url: string; close: () => Promise<void> }> => {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE IF NOT EXISTS rows (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT');
  const insert = db.prepare('INSERT INTO rows (body) VALUES (?)');
  const read = db.prepare<[number], { body: string }>('SELECT body FROM rows WHERE id = ?');
  db.transaction(() => {
    for (let i = 0; i < rows; i += 1) insert.run(JSON.stringify({ id: i, title: 'Checkout slows to a crawl', severity: 'SEV2', team: 'platform', services: ['checkout'] }));
  })();
  let pending: { body: string; done: () => void }[] = [];
  const commit = db.transaction((batch: { body: string }[]) => batch.forEach((p) => insert.run(p.body)));
  const flush = () => {
    const batch = pending;
    pending = [];
    commit(batch);
    batch.forEach((p) => p.done());
  };
  const app = Fastify({ logger: false });
  app.post('/insert', (request, reply) => {
    pending.push({ body: JSON.stringify(request.body), done: () => void reply.code(201).send({ ok: true }) });
    if (pending.length === 1) setImmediate(flush);
  });
  app.get<{ Params: { id: string } }>('/rows/:id', (request, reply) => {
    const row = read.get(Number(request.params.id));
    void (row ? reply.header('content-type', 'application/json').send(row.body) : reply.code(404).send());
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    close: async () => {
      await app.close();
      db.close();
    },
  };
};
