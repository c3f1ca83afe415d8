// Enums in answers are open: a spec lists the values known today under
// `enum` with `x-contactkit-open-enum: true`, and clients accept any other
// string the API adds later. Types keep the known values for completion
// (`"WORK" | (string & {})`), and response validators drop the `enum`.
import type { SchemaObject } from 'openapi-typescript';
import ts from 'typescript';

/** The vendor extension that marks an `enum` as open. */
export const OPEN_ENUM = 'x-contactkit-open-enum';

type Json = unknown;

/** A copy of `schema` in which every open enum accepts any value of its type. */
export function withoutOpenEnums<T extends Json>(schema: T): T {
  if (Array.isArray(schema)) return schema.map(withoutOpenEnums) as T;
  if (!schema || typeof schema !== 'object') return schema;
  const copy = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, withoutOpenEnums(value)]));
  if (copy[OPEN_ENUM] === true) delete copy.enum;
  return copy as T;
}

/**
 * openapi-typescript's `transform` hook: the type of an open string enum,
 * its known values and any other string (`string & {}` keeps the literals
 * from collapsing into `string`), plus `null` where the enum lists it.
 */
export function openEnumType(schema: SchemaObject): ts.TypeNode | undefined {
  if ((schema as Record<string, unknown>)[OPEN_ENUM] !== true) return undefined;
  const values: unknown[] = ('enum' in schema && schema.enum) || [];
  if (!values.every((value) => typeof value === 'string' || value === null)) {
    throw new Error(`${OPEN_ENUM} is for string enums; found ${JSON.stringify(values)}: list strings (and null), or remove the extension.`);
  }
  const { factory } = ts;
  const anyString = factory.createIntersectionTypeNode([factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword), factory.createTypeLiteralNode([])]);
  const known = values.filter((value) => value !== null).map((value) => factory.createLiteralTypeNode(factory.createStringLiteral(value as string)));
  const nullable = values.includes(null) ? [factory.createLiteralTypeNode(factory.createNull())] : [];
  return factory.createUnionTypeNode([...known, anyString, ...nullable]);
}
