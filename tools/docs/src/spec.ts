import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleAsync } from '@contactkit/codegen/redocly';

/** The parts of a bundled OpenAPI document the reference pages are checked against. */
export interface BundledSpec {
  info: { title: string; version: string };
  paths: Record<string, Record<string, { operationId?: string; summary?: string; tags?: string[]; deprecated?: boolean } | unknown>>;
}

/** One operation as its reference page must show it. */
export interface DocumentedOperation {
  method: string;
  path: string;
  operationId: string;
  summary: string;
  /** The tags the page lists it under; none puts it outside every tag. */
  tags: string[];
  /** Marked deprecated: the page lists it after the others of its tag. */
  deprecated: boolean;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * Bundles the API with Redocly, as `build-docs` does, so that `$ref`s split
 * across `paths/` and `components/` are resolved the same way the page sees them.
 * It does not block, so the bundles of several APIs and their pages' builds
 * run side by side.
 */
export async function bundleSpec(apiName: string): Promise<BundledSpec> {
  const dir = await mkdtemp(join(tmpdir(), 'contactkit-docs-bundle-'));
  try {
    const output = join(dir, `${apiName}.json`);
    await bundleAsync(apiName, output);
    return JSON.parse(await readFile(output, 'utf8')) as BundledSpec;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Every operation of a bundled spec, in document order. */
export function documentedOperations(spec: BundledSpec): DocumentedOperation[] {
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.keys(item).filter((key) => METHODS.includes(key)).map((method) => {
      const operation = item[method] as { operationId?: string; summary?: string; tags?: string[]; deprecated?: boolean };
      if (!operation.summary || !operation.operationId) {
        throw new Error(`${method.toUpperCase()} ${path} has no summary or operationId; the reference page needs both: add them to the spec.`);
      }
      return { method, path, operationId: operation.operationId, summary: operation.summary, tags: operation.tags ?? [], deprecated: operation.deprecated === true };
    }),
  );
}
