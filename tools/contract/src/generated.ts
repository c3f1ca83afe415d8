// Valid requests generated from an operation's schemas: json-schema-faker
// turns a schema into a value, and a seed from fast-check makes each one
// reproducible (a failing seed is printed and can be replayed). Half of the
// optional properties are sent: that is also how json-schema-faker honours
// `minProperties`, which it skips when it leaves optionals out at random.
import { JSONSchemaFaker } from 'json-schema-faker';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RequestParts } from './request.ts';
import type { Operation, Schema } from '@contactkit/codegen/spec';

/** A deterministic random source in [0, 1) for one seed. */
function seeded(seed: number): () => number {
  const generator = xoroshiro128plus(seed);
  return () => uniformFloat64(generator);
}

/** Schemas as json-schema-faker takes them: request side only, no read-only fields. */
function writable(schema: Schema): Schema {
  const properties = schema.properties
    ? Object.fromEntries(
        Object.entries(schema.properties)
          .filter(([, property]) => !property.readOnly)
          .map(([name, property]) => [name, writable(property)]),
      )
    : undefined;
  return { ...schema, ...(properties ? { properties } : {}), ...(schema.items ? { items: writable(schema.items) } : {}) };
}

/**
 * `value` with each array that must hold fewer than N items like something
 * (`not: { contains, minContains: N }`, which json-schema-faker cannot
 * honour) cut to its first N - 1 items.
 */
function capped(value: unknown, schema: Schema): unknown {
  if (Array.isArray(value)) {
    const limit = schema.not?.contains && schema.not.minContains ? schema.not.minContains - 1 : value.length;
    return value.slice(0, limit).map((item) => (schema.items ? capped(item, schema.items) : item));
  }
  if (!value || typeof value !== 'object' || !schema.properties) return value;
  return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, schema.properties![name] ? capped(item, schema.properties![name]) : item]));
}

/** A valid request for `operation`, the same one for the same seed. */
export function generateRequest(operation: Operation, seed: number): RequestParts {
  JSONSchemaFaker.option({ random: seeded(seed), fillProperties: false, optionalsProbability: 0.5, useExamplesValue: false, useDefaultValue: false, failOnInvalidTypes: true });
  const parts: RequestParts = { path: {}, query: {}, header: {} };
  const coin = seeded(seed ^ 0x5bd1e995);
  for (const parameter of operation.parameters) {
    if (!parameter.required && coin() < 0.5) continue;
    parts[parameter.in][parameter.name] = JSONSchemaFaker.generate(writable(parameter.schema) as never);
  }
  if (operation.body) parts.body = capped(JSONSchemaFaker.generate(writable(operation.body.schema) as never), operation.body.schema);
  return parts;
}
