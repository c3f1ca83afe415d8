// Every request constraint a spec states, each with a value that breaks it
// and nothing else it can avoid breaking.
import type { Operation, Schema } from '@contactkit/codegen/spec';
import { isForm } from './form.ts';

/** Where a value sits in a request: the section, then the path inside it. */
export type Location = [section: 'path' | 'query' | 'header' | 'body', ...path: (string | number)[]];

/** One stated constraint and a way to break it. */
export interface Constraint {
  /** Where the constraint applies, e.g. `body.addresses.msisdn`. */
  at: string;
  /** The JSON Schema keyword, as Prism names it in a violation. */
  rule: string;
  /** The constraint in words, e.g. `maxLength 128`. */
  detail: string;
  /** Where to write the breaking value; absent to remove `remove` instead. */
  location: Location;
  /** The breaking value, or `REMOVE` to delete the value at `location`. */
  value: unknown;
}

/** Marks a constraint that is broken by leaving the value out. */
export const REMOVE = Symbol('remove');

/** Marks a stated constraint that this module cannot break yet: its test fails, naming it. */
export const UNSUPPORTED = Symbol('unsupported');

/** Keywords that constrain a value but that no case is derived for (yet). */
const OTHER_CONSTRAINTS = ['multipleOf', 'exclusiveMinimum', 'exclusiveMaximum', 'contains', 'oneOf', 'allOf', 'if', 'dependentRequired', 'prefixItems'];

/** OpenAPI's integer and number widths: annotations that no value of the right type breaks. */
const WIDTHS = ['int32', 'int64', 'float', 'double'];

const FORMAT_BREAKERS: Record<string, string> = {
  email: 'not-an-email-address',
  uuid: 'not-a-uuid',
  'date-time': 'not-a-date-time',
  date: 'not-a-date',
  uri: 'not a uri',
  'json-pointer': 'no-leading-slash',
};

function typeOf(schema: Schema): string | undefined {
  return Array.isArray(schema.type) ? undefined : schema.type;
}

/** A string the pattern rejects, of a length the schema accepts where it can be. */
function breakPattern(schema: Schema): string {
  const pattern = new RegExp(schema.pattern!, 'u');
  const length = Math.max(schema.minLength ?? 1, 1);
  const candidate = ['!', '~', ' ', '-', 'z'].map((char) => char.repeat(length)).find((text) => !pattern.test(text));
  if (candidate === undefined) throw new Error(`No value found that breaks pattern ${schema.pattern}: add a candidate to breakPattern in tools/contract/src/constraints.ts.`);
  return candidate;
}

/**
 * `item` made to match `contains`, when `contains` pins properties with
 * `const` (e.g. `primary: true`); `UNSUPPORTED` for any other `contains`.
 */
function matching(item: unknown, contains: Schema): unknown {
  const pinned = Object.entries(contains.properties ?? {});
  if (!pinned.length || !pinned.every(([, property]) => 'const' in property)) return UNSUPPORTED;
  return { ...(item as object), ...Object.fromEntries(pinned.map(([name, property]) => [name, property.const])) };
}

function wrongType(type: string): unknown {
  return type === 'string' ? 12345 : type === 'object' || type === 'array' ? 'text' : 'not-a-number';
}

/**
 * Where a value travels: as text in a URL or header, or in a part of a
 * multipart/form-data body, where only some keywords can be broken; in a
 * (JSON) request body; or in an answer, where read-only fields
 * count and an open enum (`x-contactkit-open-enum`) takes any value.
 */
export type Side = 'url' | 'form' | 'body' | 'answer';

/**
 * The constraints of `schema` at `location` and below. `valid` is a value the
 * schema accepts there (from the spec's examples), used to build arrays of
 * the right items.
 */
export function constraintsOf(schema: Schema, location: Location, valid: unknown, side: Side = 'body'): Constraint[] {
  const inUrl = side === 'url';
  const answer = side === 'answer';
  const at = location.join('.');
  const found: Constraint[] = [];
  // Prism names a missing property at its parent, every other violation at the value.
  const add = (rule: string, detail: string, value: unknown, where: Location = location) =>
    found.push({ at, rule, detail, location: where, value });
  const type = typeOf(schema);
  for (const keyword of OTHER_CONSTRAINTS) {
    if (keyword in schema) add(keyword, `${keyword} (no breaking value derived)`, UNSUPPORTED);
  }

  // In a URL every value is text, and any text reads as an array of one; a
  // form is an object of text parts, where only a boolean or number can be
  // broken (by text that is not one).
  if (type && (side === 'form' ? ['boolean', 'number', 'integer'].includes(type) : !(inUrl && (type === 'string' || type === 'array')))) add('type', `type ${type}`, wrongType(type));
  if (schema.enum && !(answer && schema['x-contactkit-open-enum'])) add('enum', `one of ${schema.enum.join(', ')}`, '__not_a_listed_value__');
  // An integer width is met by the `type: integer` check; any other format a
  // spec states needs a breaker here, or its test fails naming it.
  if (schema.format && !WIDTHS.includes(schema.format)) add('format', `format ${schema.format}`, FORMAT_BREAKERS[schema.format] ?? UNSUPPORTED);
  if (schema.pattern) add('pattern', `pattern ${schema.pattern}`, breakPattern(schema));
  if ('const' in schema) add('const', `const ${JSON.stringify(schema.const)}`, typeof schema.const === 'boolean' ? !schema.const : typeof schema.const === 'number' ? schema.const + 1 : '__not_the_const__');
  // A path parameter cannot be sent empty: the URL would lose its segment;
  // and an empty query value reads as no value at all (OpenAPI's
  // `allowEmptyValue` is false), so there only `required` can be broken.
  // requestValidation() refuses both empty texts, tested in the packages.
  if (schema.minLength && !((location[0] === 'path' || location[0] === 'query') && schema.minLength === 1)) {
    add('minLength', `minLength ${schema.minLength}`, 'a'.repeat(schema.minLength - 1));
  }
  if (schema.maxLength !== undefined) add('maxLength', `maxLength ${schema.maxLength}`, 'a'.repeat(schema.maxLength + 1));
  if (schema.minimum !== undefined) add('minimum', `minimum ${schema.minimum}`, schema.minimum - 1);
  if (schema.maximum !== undefined) add('maximum', `maximum ${schema.maximum}`, schema.maximum + 1);

  const items = Array.isArray(valid) && valid.length ? valid : [];
  const item = items[0];
  if (schema.minItems) add('minItems', `minItems ${schema.minItems}`, Array(schema.minItems - 1).fill(item));
  if (schema.maxItems !== undefined) add('maxItems', `maxItems ${schema.maxItems}`, Array(schema.maxItems + 1).fill(item));
  if (schema.not) {
    // Only `not: { contains, minContains: N }`, "fewer than N such items", is
    // derived: N copies of a valid item made to match.
    const { contains, minContains } = schema.not;
    const match = contains && minContains ? matching(item, contains) : UNSUPPORTED;
    const value = match === UNSUPPORTED ? UNSUPPORTED : Array(minContains!).fill(match);
    add('not', `fewer than ${minContains ?? '?'} items matching not.contains`, value);
  }
  // Two copies of an item; an empty example has none to copy, and leaves the rule to examples that do.
  if (schema.uniqueItems && item !== undefined) add('uniqueItems', 'uniqueItems', [item, structuredClone(item)]);
  if (schema.items) found.push(...constraintsOf(schema.items, [...location, 0], item, side));
  if (schema.anyOf) {
    // A value of another type than every branch's matches none of them.
    const types = [...new Set(schema.anyOf.map(typeOf))];
    add('anyOf', `anyOf ${types.join(' | ')}`, types.length === 1 && types[0] ? wrongType(types[0]) : UNSUPPORTED);
  }

  if (schema.minProperties) add('minProperties', `minProperties ${schema.minProperties}`, {});
  if (schema.maxProperties !== undefined) {
    const extra = Array.from({ length: schema.maxProperties + 1 }, (_, index) => [`extra${index}`, 'x']);
    add('maxProperties', `maxProperties ${schema.maxProperties}`, { ...(valid as object), ...Object.fromEntries(extra) });
  }
  // `additionalProperties: true` (or `{}`) states nothing; `false` refuses any property not listed.
  if (schema.additionalProperties === false) add('additionalProperties', 'no properties but those listed', '__unlisted__', [...location, '__unlisted__']);
  else if (schema.additionalProperties && typeof schema.additionalProperties === 'object' && Object.keys(schema.additionalProperties).length) {
    add('additionalProperties', 'additionalProperties (no breaking value derived)', UNSUPPORTED);
  }
  // `propertyNames: { not: { enum: [...] } }` is how a spec forbids sending read-only fields.
  for (const name of schema.propertyNames?.not?.enum ?? []) {
    add('propertyNames', `no property ${name}`, 'any value', [...location, String(name)]);
  }
  const object = valid && typeof valid === 'object' && !Array.isArray(valid) ? (valid as Record<string, unknown>) : {};
  for (const name of schema.required ?? []) {
    if (schema.properties?.[name]?.readOnly && !answer) continue;
    add('required', `required ${name}`, REMOVE, [...location, name]);
  }
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (property.readOnly && !answer) continue;
    found.push(...constraintsOf(property, [...location, name], object[name], side));
  }
  return found;
}

/** Every request constraint of an operation: its parameters' and its body's. */
export function operationConstraints(operation: Operation): Constraint[] {
  const fromParameters = operation.parameters.flatMap((parameter) => {
    const location: Location = [parameter.in, parameter.name];
    const required: Constraint[] =
      parameter.required && parameter.in !== 'path'
        ? [{ at: parameter.in, rule: 'required', detail: `required ${parameter.name}`, location, value: REMOVE }]
        : [];
    return [...required, ...constraintsOf(parameter.schema, location, parameter.example, 'url')];
  });
  const fromBody = operation.body ? constraintsOf(operation.body.schema, ['body'], operation.body.example, isForm(operation) ? 'form' : 'body') : [];
  return [...fromParameters, ...fromBody];
}
