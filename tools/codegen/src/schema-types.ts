// How `schema.gen.ts` is written by openapi-typescript: the options of every
// package, and the types it does not write itself.
import type { OpenAPITSOptions } from 'openapi-typescript';
import { binaryType } from './binary.ts';
import { openEnumType } from './open-enums.ts';

/** openapi-typescript's options for every package's types: open enums, and files as what a client sends. */
export const TYPES_OPTIONS: OpenAPITSOptions = {
  rootTypes: true,
  rootTypesNoSchemaPrefix: true,
  transform: (schema) => openEnumType(schema) ?? binaryType(schema),
};
