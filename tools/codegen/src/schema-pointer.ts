// JSON Pointers (RFC 6901) into an answer's schema, as codegen checks the
// pointers a spec extension names (`x-contactkit-paginate`,
// `x-contactkit-poll`), and the TypeScript type of what they point at.
import { tsLiteral } from './client-facts.ts';
import type { Schema } from './spec.ts';

/** The schema at a pointer and the type expression that reaches it, or why the pointer points at nothing. */
export type Walked = { schema: Schema; type: string } | { missing: string };

/** The JSON types a schema allows, e.g. `['string', 'null']`. */
export const typesOf = (schema: Schema) => [schema.type ?? []].flat();

/**
 * The schema at `pointer` inside `schema`, and the type expression that
 * reaches it from `type`. An optional or nullable step is wrapped in
 * `NonNullable<>`, so that the next index is valid TypeScript.
 */
export function walk(schema: Schema, pointer: string, type: string): Walked {
  let at = schema;
  let expression = type;
  for (const raw of pointer.split('/').slice(1)) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    // openapi-typescript writes allOf as an intersection: a property of any member is one of the whole.
    const members = [at, ...((at as { allOf?: Schema[] }).allOf ?? [])];
    const owner = members.find((member) => member.properties?.[token]);
    if (owner) {
      const next = owner.properties![token]!;
      const optional = !owner.required?.includes(token) || typesOf(next).includes('null');
      expression = optional ? `NonNullable<${expression}[${tsLiteral(token)}]>` : `${expression}[${tsLiteral(token)}]`;
      at = next;
    } else if (/^\d+$/.test(token) && at.items) {
      expression = `${expression}[number]`;
      at = at.items;
    } else {
      const properties = members.flatMap((member) => Object.keys(member.properties ?? {}));
      return { missing: `has no "${token}" (${properties.length ? `its properties: ${properties.join(', ')}` : 'it has no properties'})` };
    }
  }
  return { schema: at, type: expression };
}
