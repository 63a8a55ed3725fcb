import { type Field, fieldsOf, type Schema, typeOf } from './schema-fields';

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Schema;
}
interface Response {
  description: string;
  content?: Record<string, { schema: Schema }>;
}
interface Operation {
  operationId?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
  responses: Record<string, Response>;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

const escape = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const table = (rows: Field[]) => [
  '| field | type | required | notes |',
  '|---|---|---|---|',
  ...rows.map((r) => `| \`${r.field}\` | ${escape(r.type)} | ${r.required ? 'yes' : ''} | ${escape(r.notes)} |`),
];

const resolve = (document: OpenApiDocument, schema: Schema): Schema =>
  schema.$ref ? (document.components?.schemas?.[schema.$ref.split('/').at(-1) as string] ?? schema) : schema;

const parameters = (operation: Operation): string[] => {
  const list = operation.parameters ?? [];
  if (list.length === 0) return [];
  return [
    '',
    '| parameter | in | type | required | notes |',
    '|---|---|---|---|---|',
    ...list.map((p) => `| \`${p.name}\` | ${p.in} | ${escape(p.schema ? typeOf(p.schema) : 'string')} | ${p.required ? 'yes' : ''} | ${escape(p.description ?? '')} |`),
  ];
};

const body = (document: OpenApiDocument, operation: Operation): string[] => {
  const json = operation.requestBody?.content['application/json'];
  if (!json) return [];
  const rows = fieldsOf(resolve(document, json.schema));
  return ['', 'Request body (`application/json`):', '', ...(rows.length ? table(rows) : ['An empty object, `{}`.'])];
};

const success = (document: OpenApiDocument, status: string, response: Response): string[] => {
  const [type, content] = Object.entries(response.content ?? {})[0] ?? [];
  if (!type || !content) return ['', `**${status}** — ${response.description}`];
  const schema = resolve(document, content.schema);
  const named = content.schema.$ref ? ` (${typeOf(content.schema)})` : '';
  const rows = type === 'application/json' ? fieldsOf(schema) : [];
  return ['', `**${status}** \`${type}\`${named} — ${response.description}`, ...(rows.length ? ['', ...table(rows)] : [])];
};

const errors = (operation: Operation): string[] => {
  const failures = Object.entries(operation.responses).filter(([status]) => !status.startsWith('2'));
  if (failures.length === 0) return [];
  return ['', 'Errors (`application/problem+json`, see Problem):', '', ...failures.map(([status, r]) => `- **${status}**: ${r.description}`)];
};

/**
 * The API reference in Markdown, rendered from the OpenAPI document the API serves: every
 * route with its parameters, request body, answer and errors, field by field.
 */
export const renderApiReference = (document: OpenApiDocument): string => {
  const lines = [
    '# API reference',
    '',
    '<!-- Generated from the OpenAPI document (docs/openapi.json). Do not edit: run `npm run api-reference`. -->',
    '',
    'Every route, generated from the OpenAPI document the API serves at `/api/docs-json` (a copy is',
    '[openapi.json](openapi.json)). Headers, revisions and the meaning of each error are in [api.md](api.md).',
  ];
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    lines.push('', `## ${name}`, '', ...(schema.description ? [schema.description, ''] : []), ...table(fieldsOf(schema)));
  }
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      lines.push('', `## ${method.toUpperCase()} ${path}`);
      lines.push(...parameters(operation), ...body(document, operation));
      for (const [status, response] of Object.entries(operation.responses).filter(([s]) => s.startsWith('2'))) lines.push(...success(document, status, response));
      lines.push(...errors(operation));
    }
  }
  return `${lines.join('\n')}\n`;
};
