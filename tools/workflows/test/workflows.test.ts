import { relative } from 'node:path';
import { repoRoot } from '@contactkit/codegen';
import { describe, expect, it } from 'vitest';
import { findWorkflowFiles, readArazzo } from '../src/arazzo.ts';
import { startMocks } from '../src/mocks.ts';
import { runRespect } from '../src/respect.ts';

const files = findWorkflowFiles();

describe('Arazzo workflows against the mocks with records', () => {
  it('finds the workflow files under specs/', () => {
    expect(files.map((file) => relative(repoRoot, file))).toEqual(
      expect.arrayContaining([
        'specs/8x8-connect-contacts/group-lifecycle.arazzo.yaml',
        'specs/8x8-directory-contacts/contact-lifecycle.arazzo.yaml',
        'specs/rocketchat-omnichannel/contact-lifecycle.arazzo.yaml',
      ]),
    );
  });

  it.each(files.map((file) => [relative(repoRoot, file), file]))('%s: every step passes', { timeout: 90_000 }, async (_name, file) => {
    const mocks = await startMocks(file);
    try {
      const run = await runRespect(file, mocks.servers);
      expect(run.exitCode, `redocly ${run.args.join(' ')}\n${run.output}`).toBe(0);
      for (const workflow of readArazzo(file).workflows) {
        const steps = run.steps[workflow.workflowId] ?? [];
        expect(steps.map((step) => step.stepId)).toEqual(workflow.steps.map((step) => step.stepId));
        for (const step of steps) {
          expect(step.status, `step ${step.stepId}`).toBe('success');
          expect(step.checks.filter((check) => !check.passed)).toEqual([]);
        }
      }
    } finally {
      await mocks.stop();
    }
  });
});
