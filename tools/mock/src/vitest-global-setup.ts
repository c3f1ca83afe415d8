// Vitest global setup for a client package's tests: serves the package's
// bundled spec with Prism for the whole run, in vitest's main process (the
// tests run in workers, so nothing they do can stall the mock).
import { join } from 'node:path';
import { startPrismMock } from '@contactkit/mock';
import type { TestProject } from 'vitest/node';
import './index.ts';

export default async function setup(project: TestProject) {
  const mock = await startPrismMock(join(project.config.root, 'openapi.json'));
  project.provide('mockUrl', mock.url);
  return () => mock.stop();
}
