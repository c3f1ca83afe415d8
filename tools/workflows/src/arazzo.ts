import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { repoRoot } from '@contactkit/codegen';
import { parse } from 'yaml';

/** The parts of an Arazzo description that running it against mocks needs. */
export interface ArazzoDescription {
  sourceDescriptions: { name: string; type?: string; url: string }[];
  workflows: { workflowId: string; steps: { stepId: string; successCriteria?: { condition: string }[] }[] }[];
}

/** Every `specs/<api>/*.arazzo.yaml`, so a new workflow file is tested without being listed anywhere. */
export function findWorkflowFiles(specsDir = join(repoRoot, 'specs')): string[] {
  return readdirSync(specsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(specsDir, dir.name))
        .filter((name) => name.endsWith('.arazzo.yaml'))
        .map((name) => join(specsDir, dir.name, name)),
    )
    .sort();
}

export function readArazzo(file: string): ArazzoDescription {
  return parse(readFileSync(file, 'utf8')) as ArazzoDescription;
}

/** Each OpenAPI source the workflows call, by its name, with its URL resolved as respect resolves it. */
export function openapiSources(file: string, arazzo = readArazzo(file)): { name: string; specPath: string }[] {
  return arazzo.sourceDescriptions
    .filter((source) => (source.type ?? 'openapi') === 'openapi')
    .map((source) => ({ name: source.name, specPath: resolve(dirname(file), source.url) }));
}
