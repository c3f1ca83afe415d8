// Binary content (a file in a multipart/form-data body) is typed as what a
// client can send as a file part: a `Blob` (a `File` is one) or the bytes
// themselves, never a string, so that a path cannot be sent as the content.
import type { SchemaObject } from 'openapi-typescript';
import ts from 'typescript';
import { isBinary, type Schema } from './spec.ts';

/** openapi-typescript's `transform` hook: `Blob | Uint8Array` for a binary string (see {@link isBinary}), with `null` where its type allows it. */
export function binaryType(schema: SchemaObject): ts.TypeNode | undefined {
  if (!isBinary(schema as Schema)) return undefined;
  const { factory } = ts;
  const nullable = [(schema as Schema).type].flat().includes('null') ? [factory.createLiteralTypeNode(factory.createNull())] : [];
  return factory.createUnionTypeNode([factory.createTypeReferenceNode('Blob'), factory.createTypeReferenceNode('Uint8Array'), ...nullable]);
}
