import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { Reply, Send } from './http-client';

interface Document {
  components?: object;
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>>;
}

export interface Exchange {
  method: string;
  path: string;
  reply: Reply;
}

/** One route template of the OpenAPI document as a pattern: `/api/postmortems/{id}` matches any id. */
const templates = (document: Document) =>
  Object.keys(document.paths).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+').replace(/\./g, '\\.')}$`),
  }));

/**
 * Checks answers against the OpenAPI document the API serves: the route and status are
 * documented, and a JSON body fits the documented schema. Returns what does not, in words.
 */
export const openApiValidator = (document: Document) => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const routes = templates(document);
  // Exact templates first, so /postmortems/{id}/export/history.csv is not read as /postmortems/{id}.
  const route = (path: string) => routes.filter((r) => r.pattern.test(path)).sort((a, b) => b.template.split('{').length - a.template.split('{').length).at(-1);

  return (exchange: Exchange): string | undefined => {
    const path = exchange.path.split('?')[0];
    const found = route(path);
    if (!found) return `${exchange.method} ${path}: no such route in the document`;
    const operation = document.paths[found.template][exchange.method.toLowerCase()];
    if (!operation) return `${exchange.method} ${found.template}: method not in the document`;
    const response = operation.responses[String(exchange.reply.status)];
    if (!response) return `${exchange.method} ${found.template} → ${exchange.reply.status}: status not documented`;
    const type = (exchange.reply.headers['content-type'] ?? '').split(';')[0];
    const content = response.content?.[type];
    if (!content) return `${exchange.method} ${found.template} → ${exchange.reply.status}: ${type || 'no body'} not documented`;
    if (type !== 'application/json' && type !== 'application/problem+json') return undefined;
    // The schema's $refs point into the document's components.
    const validate = ajv.compile({ allOf: [content.schema], components: document.components });
    if (validate(exchange.reply.body)) return undefined;
    return `${exchange.method} ${found.template} → ${exchange.reply.status}: ${ajv.errorsText(validate.errors)}`;
  };
};

/** A Send that keeps every exchange, for checking them all afterwards. */
export const recording = (send: Send) => {
  const exchanges: Exchange[] = [];
  const recorded: Send = async (method, path, body, headers) => {
    const reply = await send(method, path, body, headers);
    exchanges.push({ method, path, reply });
    return reply;
  };
  return { send: recorded, exchanges };
};
