import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { Reply, Send } from './http-client';
import { routeMatcher } from './route-templates';

interface Document {
  components?: object;
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>>;
}

export interface Exchange {
  method: string;
  path: string;
  reply: Reply;
}

/**
 * Checks answers against the OpenAPI document the API serves: the route and status are
 * documented, and a JSON body fits the documented schema. Returns what does not, in words.
 */
export const openApiValidator = (document: Document) => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const route = routeMatcher(Object.keys(document.paths));

  const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
  const fits = (schema: object, body: unknown) => {
    const key = JSON.stringify(schema);
    // The schema's $refs point into the document's components.
    if (!compiled.has(key)) compiled.set(key, ajv.compile({ allOf: [schema], components: document.components }));
    const validate = compiled.get(key) as ReturnType<typeof ajv.compile>;
    return validate(body) ? undefined : ajv.errorsText(validate.errors);
  };
  const problem = (exchange: Exchange, path: string) => {
    const type = (exchange.reply.headers['content-type'] ?? '').split(';')[0];
    if (type !== 'application/problem+json') return `${exchange.method} ${path} → 404: ${type || 'no body'} instead of a problem document`;
    const errors = fits({ $ref: '#/components/schemas/Problem' }, exchange.reply.body);
    return errors && `${exchange.method} ${path} → 404: ${errors}`;
  };

  return (exchange: Exchange): string | undefined => {
    const path = exchange.path.split('?')[0];
    const found = route(path);
    // A path the API does not serve must still answer as every error does: a 404 problem document.
    if (!found) return exchange.reply.status === 404 ? problem(exchange, path) : `${exchange.method} ${path} → ${exchange.reply.status}: no such route in the document`;
    const operation = document.paths[found.template][exchange.method.toLowerCase()];
    if (!operation) return `${exchange.method} ${found.template}: method not in the document`;
    const response = operation.responses[String(exchange.reply.status)];
    if (!response) return `${exchange.method} ${found.template} → ${exchange.reply.status}: status not documented`;
    const type = (exchange.reply.headers['content-type'] ?? '').split(';')[0];
    const content = response.content?.[type];
    if (!content) return `${exchange.method} ${found.template} → ${exchange.reply.status}: ${type || 'no body'} not documented`;
    if (type !== 'application/json' && type !== 'application/problem+json') return undefined;
    const errors = fits(content.schema, exchange.reply.body);
    return errors && `${exchange.method} ${found.template} → ${exchange.reply.status}: ${errors}`;
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
