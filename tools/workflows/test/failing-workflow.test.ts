import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { repoRoot } from '@contactkit/codegen';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { openapiSources, readArazzo } from '../src/arazzo.ts';
import { startMocks } from '../src/mocks.ts';
import { runRespect } from '../src/respect.ts';

// A copy whose PUT expects 201 where the spec documents 200: respect must fail
// it, or a passing run of the real files would prove nothing. The copy sits
// beside no spec, so its sources point at the real ones by absolute path.
const original = join(repoRoot, 'specs/8x8-directory-contacts/contact-lifecycle.arazzo.yaml');
let dir: string;
let broken: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'arazzo-'));
  broken = join(dir, basename(original));
  const arazzo = readArazzo(original);
  for (const source of arazzo.sourceDescriptions) {
    source.url = openapiSources(original).find((resolved) => resolved.name === source.name)!.specPath;
  }
  const replace = arazzo.workflows[0]!.steps.find((step) => step.stepId === 'replace')!;
  const criterion = replace.successCriteria?.find((c) => c.condition === '$statusCode == 200');
  expect(criterion, 'the replace step of the original expects 200').toBeDefined();
  criterion!.condition = '$statusCode == 201';
  await writeFile(broken, stringify(arazzo));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

it('fails, naming the step, when a step expects a status the API does not answer', { timeout: 90_000 }, async () => {
  const mocks = await startMocks(broken);
  try {
    const run = await runRespect(broken, mocks.servers);
    expect(run.exitCode).not.toBe(0);
    expect(run.output).toMatch(/step replace/);
    expect(run.output).toContain('$statusCode == 201');
    const steps = run.steps['contact-lifecycle'] ?? [];
    expect(steps.find((step) => step.stepId === 'create')?.status).toBe('success');
    const replace = steps.find((step) => step.stepId === 'replace');
    expect(replace?.status).not.toBe('success');
    expect(replace?.checks.filter((check) => !check.passed).map((check) => check.condition)).toEqual([
      '$statusCode == 201',
    ]);
  } finally {
    await mocks.stop();
  }
});
