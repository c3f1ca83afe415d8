import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { redoclyAsync } from '@contactkit/codegen/redocly';

/** One executed step as respect's JSON report records it. */
export interface StepReport {
  stepId: string;
  status: string;
  checks: { name: string; passed: boolean; condition?: string }[];
}

/** Outcome of one `redocly respect` run. */
export interface RespectRun {
  args: string[];
  exitCode: number | null;
  /** stdout and stderr together, as a reader of the CI log sees them. */
  output: string;
  /** Executed steps per workflowId, from `--json-output`; empty if respect wrote no report. */
  steps: Record<string, StepReport[]>;
}

/** Runs `redocly respect <file> --server <source>=<url>,…` and collects its report. */
export async function runRespect(file: string, servers: Record<string, string>): Promise<RespectRun> {
  const dir = await mkdtemp(join(tmpdir(), 'respect-'));
  const report = join(dir, 'report.json');
  const server = Object.entries(servers)
    .map(([name, url]) => `${name}=${url}`)
    .join(',');
  const args = ['respect', file, '--server', server, '--json-output', report];
  try {
    // Not synchronous: the mocks it calls are served by this process.
    const { status, stdout, stderr } = await redoclyAsync(args, { config: false });
    return { args, exitCode: status, output: `${stdout}${stderr}`, steps: await readSteps(report) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function readSteps(report: string): Promise<Record<string, StepReport[]>> {
  let json: { files: Record<string, { executedWorkflows: { workflowId: string; executedSteps: StepReport[] }[] }> };
  try {
    json = JSON.parse(await readFile(report, 'utf8'));
  } catch {
    return {};
  }
  const steps: Record<string, StepReport[]> = {};
  for (const file of Object.values(json.files)) {
    for (const workflow of file.executedWorkflows) steps[workflow.workflowId] = workflow.executedSteps;
  }
  return steps;
}
