// What server each operation needs (`x-contactkit-requires`), as the
// reference page says it: a line opening the operation's description, written
// from the spec by codegen's own reading of it, never by hand.
import { relative } from 'node:path';
import { listApis, repoRoot } from '@contactkit/codegen';
import { requirementLine, requirementsOf, withRequirementLines } from '@contactkit/codegen/requires';
import { listOperations, type OpenApiDocument } from '@contactkit/codegen/spec';
import type { BundledSpec } from './spec.ts';

/** The spec file of `apiName`, relative to the repo's root, as errors name it. */
const specFile = (apiName: string) => relative(repoRoot, listApis().find(({ name }) => name === apiName)!.specPath);

/** The bundled spec of `apiName` as its reference page is built from: each declaring operation's description opens with its requirement. */
export function referenceDocument(apiName: string, spec: BundledSpec): BundledSpec {
  return withRequirementLines(spec, listOperations(spec as unknown as OpenApiDocument), specFile(apiName));
}

/** The line each declaring operation's description opens with on the page, by `<METHOD> <path>`. */
export function requirementLines(apiName: string, spec: BundledSpec): Map<string, string> {
  const requirements = requirementsOf(spec as unknown as OpenApiDocument, listOperations(spec as unknown as OpenApiDocument), specFile(apiName));
  return new Map([...(requirements?.operations ?? [])].map(([key, requirement]) => [key, requirementLine(requirements!.product, requirement)]));
}
