// How `schema.gen.ts` is written by openapi-typescript: the options of every
// package, and the types it does not write itself.
import type { OpenAPITSOptions } from 'openapi-typescript';
import { binaryType } from './binary.ts';
import { openEnumType } from './open-enums.ts';

/** openapi-typescript's options for every package's types: open enums, and files as what a client sends. */
export const TYPES_OPTIONS: OpenAPITSOptions = {
  // A property with a `default` may still be left out of a request (the server
  // fills it in) and need not come back in an answer: it stays optional.
  defaultNonNullable: false,
  rootTypes: true,
  rootTypesNoSchemaPrefix: true,
  transform: (schema) => openEnumType(schema) ?? binaryType(schema),
};
