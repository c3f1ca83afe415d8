// Vitest global setup for a client package's contract tests: serves the
// package's bundled spec with Prism for the whole run.
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startPrism } from './index.ts';

export default async function setup(project: TestProject) {
  const server = await startPrism({ spec: join(project.config.root, 'openapi.json') });
  project.provide('mockUrl', server.url);
  return () => server.stop();
}
