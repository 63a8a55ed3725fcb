/** A JSON schema as OpenAPI 3.0 holds it (the parts the reference reads). */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  nullable?: boolean;
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: Schema | boolean;
  anyOf?: Schema[];
  oneOf?: Schema[];
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  default?: unknown;
}

export interface Field {
  field: string;
  type: string;
  required: boolean;
  notes: string;
}

const SAFE_INTEGER = 9007199254740991;
const code = (value: unknown) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

/** The type in words: `string (date-time)`, `one of a, b`, `integer`, `X[]`, `… or null`. */
export const typeOf = (schema: Schema): string => {
  const base = (() => {
    if (schema.$ref) return schema.$ref.split('/').at(-1) as string;
    if (schema.enum) return `one of ${schema.enum.map(code).join(', ')}`;
    if (schema.const !== undefined) return code(schema.const);
    if (schema.anyOf ?? schema.oneOf) return (schema.anyOf ?? schema.oneOf ?? []).map(typeOf).join(' or ');
    if (schema.type === 'array') return `${schema.items ? typeOf(schema.items) : 'any'}[]`;
    if (schema.type === 'object' && !schema.properties && schema.additionalProperties && typeof schema.additionalProperties === 'object')
      return `map of ${typeOf(schema.additionalProperties)}`;
    if (!schema.type) return 'any JSON';
    return schema.format ? `${schema.type} (${schema.format})` : schema.type;
  })();
  return schema.nullable ? `${base} or null` : base;
};

/** Bounds and defaults in words; the bounds zod gives every integer are left out. */
const notesOf = (schema: Schema): string => {
  const notes: string[] = [];
  if (schema.description) notes.push(schema.description);
  const range = (min?: number, max?: number, unit = '') => {
    const lo = min !== undefined && Math.abs(min) !== SAFE_INTEGER ? min : undefined;
    const hi = max !== undefined && Math.abs(max) !== SAFE_INTEGER ? max : undefined;
    if (lo !== undefined && hi !== undefined) notes.push(`${lo}–${hi}${unit}`);
    else if (lo !== undefined) notes.push(`at least ${lo}${unit}`);
    else if (hi !== undefined) notes.push(`at most ${hi}${unit}`);
  };
  range(schema.minLength, schema.maxLength, ' characters');
  range(schema.minItems, schema.maxItems, ' items');
  range(schema.minimum, schema.maximum);
  if (schema.pattern && schema.pattern.length <= 60) notes.push(`matches ${code(schema.pattern)}`);
  if (schema.default !== undefined) notes.push(`default ${code(schema.default)}`);
  return notes.join('; ');
};

const objectOf = (schema: Schema): Schema | undefined => {
  if (schema.type === 'object' && schema.properties) return schema;
  if (schema.type === 'array' && schema.items) return objectOf(schema.items);
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') return objectOf(schema.additionalProperties);
  return undefined;
};

/** Every field of a schema, nested ones with dotted paths (`items[].owner.kind`, `levels.<key>[].id`). */
export const fieldsOf = (schema: Schema, prefix = ''): Field[] => {
  if (schema.anyOf ?? schema.oneOf) return mergeAlternatives((schema.anyOf ?? schema.oneOf ?? []).flatMap((option) => fieldsOf(option, prefix)));
  const object = objectOf(schema);
  if (!object?.properties) return [];
  return Object.entries(object.properties).flatMap(([name, property]) => {
    const field = `${prefix}${name}`;
    const row = { field, type: typeOf(property), required: object.required?.includes(name) ?? false, notes: notesOf(property) };
    const suffix = property.type === 'array' ? '[].' : property.additionalProperties && !property.properties ? '.<key>.' : '.';
    const nestedSuffix = property.additionalProperties && typeof property.additionalProperties === 'object' && property.additionalProperties.type === 'array' ? '.<key>[].' : suffix;
    return [row, ...fieldsOf(property, `${field}${nestedSuffix}`)];
  });
};

/** The fields of alternative shapes (`{ valid: true, … } | { valid: false, … }`) as one table: a field some lack is optional. */
const mergeAlternatives = (rows: Field[]): Field[] => {
  const byField = new Map<string, Field>();
  for (const row of rows) {
    const seen = byField.get(row.field);
    if (!seen) byField.set(row.field, { ...row, required: false });
    else if (!seen.type.split(' or ').includes(row.type)) seen.type = `${seen.type} or ${row.type}`;
  }
  return [...byField.values()];
};
