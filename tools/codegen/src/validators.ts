// Request validators compiled at build time (Ajv standalone code), so that a
// client's opt-in validation entry ships plain functions, not a schema compiler.
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvStandalone from 'ajv/dist/standalone/index.js';
import ajvFormats from 'ajv-formats';
import { listOperations, type OpenApiDocument, type Operation, type Schema } from './spec.ts';

// Ajv is CommonJS: under NodeNext its functions are the default's default.
const standaloneCode = ajvStandalone as unknown as typeof ajvStandalone.default;
const addFormats = ajvFormats as unknown as typeof ajvFormats.default;

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

/**
 * ESM code exporting one validate function per named schema, compiled by
 * Ajv's standalone mode with the formats the specs use.
 */
export function standaloneValidators(schemas: Record<string, Schema>): string {
  const ajv = new Ajv2020({ code: { source: true, esm: true }, strict: false, allErrors: true });
  // ajv-formats' "fast" formats are regular expressions, which Ajv compiles
  // into the code; its function formats would need a runtime import.
  addFormats(ajv, { mode: 'fast', formats: ['email', 'uuid', 'date-time', 'date', 'uri'] });
  // OpenAPI's integer widths: the `type: integer` check is what applies.
  ajv.addFormat('int64', true);
  ajv.addFormat('int32', true);
  for (const [id, schema] of Object.entries(schemas)) ajv.addSchema(schema as object, id);
  // Lengths count code points, as JSON Schema (and Prism) do; Ajv's helper
  // for that is a CommonJS require, inlined here so the module stays ESM.
  const code = standaloneCode(ajv, Object.fromEntries(Object.keys(schemas).map((id) => [id, id]))).replace(
    /require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g,
    '((text) => Array.from(text).length)',
  );
  const leftover = /require\("([^"]+)"\)/.exec(code);
  if (leftover) {
    throw new Error(`Validator code needs the runtime module "${leftover[1]}", which generated code cannot import; teach tools/codegen/src/validators.ts to inline it.`);
  }
  return code.replace(/^"use strict";/, '');
}

/**
 * TypeScript source exporting `validators`: for each operation, keyed by
 * `METHOD /path/{template}`, one validate function per request part.
 */
export function validatorsSource(document: OpenApiDocument, header: string): string {
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
    add('body', operation.body?.schema);
    table.push(`  ${JSON.stringify(`${operation.method} ${operation.path}`)}: { ${parts.join(', ')} },`);
  });

  return `${header}// @ts-nocheck -- compiled by Ajv from the spec's request schemas.
${standaloneValidators(schemas)}

/** The request validators of every operation, by \`METHOD /path/{template}\`. */
export const validators = {
${table.join('\n')}
};
`;
}
