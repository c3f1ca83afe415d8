// Request and response validators compiled at build time (Ajv standalone
// code), so that a client's opt-in validation entry ships plain functions, not
// a schema compiler.
import { _, Ajv2020 } from 'ajv/dist/2020.js';
import { Ajv } from 'ajv/dist/ajv.js';
import ajvStandalone from 'ajv/dist/standalone/index.js';
import { fastFormats } from 'ajv-formats/dist/formats.js';
import { withoutOpenEnums } from './open-enums.ts';
import { isBinary, listOperations, type OpenApiDocument, type Operation, resolve, type Schema } from './spec.ts';

// Ajv is CommonJS: under NodeNext its functions are the default's default.
const standaloneCode = ajvStandalone as unknown as typeof ajvStandalone.default;

const LOCATIONS = ['path', 'query', 'header'] as const;

/** The schema of one parameter location of an operation, or nothing if it has none. */
function parametersSchema(operation: Operation, location: (typeof LOCATIONS)[number]): Schema | undefined {
  const parameters = operation.parameters.filter((parameter) => parameter.in === location);
  if (!parameters.length) return undefined;
  return {
    type: 'object',
    properties: Object.fromEntries(parameters.map((parameter) => [parameter.name, parameter.schema])),
    required: parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name),
  };
}

type Content = Record<string, { schema?: Schema }>;

/**
 * The keyword a file part is validated with: JSON Schema cannot say "a
 * Blob", and a multipart body's file parts are Blobs (a `File` once the
 * body is read back) or bytes.
 */
const BINARY = 'x-contactkit-binary';

/** A multipart body's schema as its validator reads it: each file part a {@link BINARY}, whatever string it is written as. */
function formSchema(schema: Schema): Schema {
  const properties = Object.entries(schema.properties ?? {}).map(([name, part]) => [name, isBinary(part) ? { [BINARY]: true } : part]);
  return { ...schema, ...(schema.properties && { properties: Object.fromEntries(properties) }) };
}

/**
 * The documented answers of an operation, by status as the spec keys them
 * (`200`, `4XX`, `default`): the schema of each one's JSON body, or `null`
 * for one without (no body, or not JSON).
 */
function responseSchemas(resolved: OpenApiDocument, operation: Operation): [string, Schema | null][] {
  const raw = resolved.paths[operation.path]![operation.method.toLowerCase()] as { responses?: Record<string, { content?: Content }> };
  return Object.entries(raw.responses ?? {})
    .filter(([status]) => /^([1-5]\d\d|[1-5]XX|default)$/.test(status))
    .map(([status, { content = {} }]) => {
      const types = Object.keys(content);
      // application/json first, else another JSON type such as application/problem+json.
      const json = types.find((type) => /^application\/json\b/i.test(type)) ?? types.find((type) => /\+json\b/i.test(type));
      return [status, (json && content[json]!.schema) || null];
    });
}

/** Whether two JSON values are equal (objects whatever their key order), as an expression for generated code. */
const SAME_JSON = `(function same(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && same(a[key], b[key]));
})`;

// Keywords that draft-07 reads as 2020-12 does (annotations included): a
// schema of only these compiles the same under either.
const DRAFT_07_ALIKE = new Set([
  'type', 'enum', 'const', 'format', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf',
  'properties', 'required', 'additionalProperties', 'patternProperties', 'propertyNames', 'minProperties', 'maxProperties',
  'items', 'minItems', 'maxItems', 'uniqueItems', 'contains', 'not', 'anyOf', 'oneOf', 'allOf', 'if', 'then', 'else',
  'title', 'description', 'default', 'examples', 'example', 'deprecated', 'readOnly', 'writeOnly',
]);

/** Whether `schema` uses only {@link DRAFT_07_ALIKE} keywords, `items` as one schema, at every depth. */
function readsAlikeInDraft07(schema: unknown): boolean {
  if (typeof schema !== 'object' || schema === null) return true;
  return Object.entries(schema).every(([keyword, value]) => {
    if (!DRAFT_07_ALIKE.has(keyword) || (keyword === 'items' && Array.isArray(value))) return false;
    if (['properties', 'patternProperties'].includes(keyword)) return Object.values(value as object).every(readsAlikeInDraft07);
    if (['enum', 'const', 'default', 'examples', 'example', 'required'].includes(keyword)) return true;
    return Array.isArray(value) ? value.every(readsAlikeInDraft07) : readsAlikeInDraft07(value);
  });
}

/**
 * ESM code exporting one validate function per named schema, compiled by
 * Ajv's standalone mode with the formats the specs use. `matchOnly`
 * compiles functions that only tell whether a value matches: they stop at
 * the first error and name no rule, and when every schema reads the same in
 * draft-07 they are compiled as draft-07, without 2020-12's tracking of
 * evaluated properties, all of which makes them smaller.
 */
export function standaloneValidators(schemas: Record<string, Schema>, { matchOnly = false } = {}): string {
  const options = { code: { source: true, esm: true }, strict: false, allErrors: !matchOnly, messages: !matchOnly };
  const ajv = matchOnly && Object.values(schemas).every(readsAlikeInDraft07) ? new Ajv(options) : new Ajv2020(options);
  // ajv-formats' "fast" formats, as the regular expressions Ajv compiles into
  // the code. The date and time ones come with a comparison (for
  // formatMinimum, which the specs do not use) that would need a runtime
  // import: only their expression is kept.
  for (const name of ['email', 'uuid', 'date-time', 'date', 'uri', 'json-pointer'] as const) {
    const format = fastFormats[name] as RegExp | { validate: RegExp };
    ajv.addFormat(name, format instanceof RegExp ? format : format.validate);
  }
  // OpenAPI's integer widths: the `type: integer` check is what applies.
  ajv.addFormat('int64', true);
  ajv.addFormat('int32', true);
  ajv.addKeyword({
    keyword: BINARY,
    schemaType: 'boolean',
    code: (cxt) => cxt.fail(_`!(${cxt.data} instanceof Blob || ${cxt.data} instanceof Uint8Array)`),
    error: { message: 'must be a file: a Blob, File or Uint8Array' },
  });
  // An answer may hold values an open enum does not list yet.
  for (const [id, schema] of Object.entries(schemas)) ajv.addSchema(withoutOpenEnums(schema) as object, id);
  // Lengths count code points, as JSON Schema (and Prism) do; Ajv's helper
  // for that is a CommonJS require, inlined here so the module stays ESM.
  // `uniqueItems` compares items as JSON values, with Ajv's fast-deep-equal:
  // the same kind of inline function stands in for it.
  const code = standaloneCode(ajv, Object.fromEntries(Object.keys(schemas).map((id) => [id, id])))
    .replace(/require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g, '((text) => Array.from(text).length)')
    .replace(/require\("ajv\/dist\/runtime\/equal"\)\.default/g, SAME_JSON);
  const leftover = /require\("([^"]+)"\)/.exec(code);
  if (leftover) {
    throw new Error(`Validator code needs the runtime module "${leftover[1]}", which generated code cannot import; teach tools/codegen/src/validators.ts to inline it.`);
  }
  return code.replace(/^"use strict";/, '');
}

/**
 * TypeScript source exporting `validators`: for each operation, keyed by
 * `METHOD /path/{template}`, one validate function per request part, and
 * under `responses` one per documented status (`null` for a status
 * documented without a JSON body).
 */
export function validatorsSource(document: OpenApiDocument, header: string): string {
  const resolved = resolve(document, document);
  const schemas: Record<string, Schema> = {};
  const table: string[] = [];
  listOperations(document).forEach((operation, index) => {
    const parts: string[] = [];
    const add = (part: string, schema: Schema | undefined) => {
      if (!schema) return;
      const id = `${part}${index}`;
      schemas[id] = schema;
      parts.push(`${part}: ${id}`);
    };
    for (const location of LOCATIONS) add(location, parametersSchema(operation, location));
    const { body } = operation;
    add('body', body && (body.mediaType === 'multipart/form-data' ? formSchema(body.schema) : body.schema));
    const answers = responseSchemas(resolved, operation).map(([status, schema]) => {
      const key = /^\d+$/.test(status) ? status : JSON.stringify(status);
      if (!schema) return `${key}: null`;
      const id = `response${index}_${status}`;
      schemas[id] = schema;
      return `${key}: ${id}`;
    });
    if (answers.length) parts.push(`responses: { ${answers.join(', ')} }`);
    table.push(`  ${JSON.stringify(`${operation.method} ${operation.path}`)}: { ${parts.join(', ')} },`);
  });

  return `${header}// @ts-nocheck -- compiled by Ajv from the spec's request and response schemas.
${standaloneValidators(schemas)}

/** The validators of every operation, by \`METHOD /path/{template}\`: of its request's parts, and of its answers by status. */
export const validators = {
${table.join('\n')}
};
`;
}
