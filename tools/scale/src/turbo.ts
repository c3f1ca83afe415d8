// Turbo's own account of what it would run: `--dry=json` lists each task with
// its cache status, inputs and dependents, without running anything.
import { join, normalize } from 'node:path';
import { cleanEnv, run } from './repo.ts';

/** One task of a dry run, with only the fields the checks need. */
export interface DryTask {
  taskId: string;
  task: string;
  package: string;
  command: string;
  hash: string;
  status: 'HIT' | 'MISS';
  /** False for a task no script stands behind (such as `transit`): it only links hashes. */
  runs: boolean;
  /** Files hashed as the task's inputs, relative to the repository root. */
  inputs: string[];
  dependents: string[];
}

interface RawTask {
  taskId: string;
  task: string;
  package: string;
  command: string;
  hash: string;
  directory: string;
  cache: { status: 'HIT' | 'MISS' };
  inputs: Record<string, string>;
  dependents: string[];
}

/** Runs `turbo run <tasks> --dry=json` in `dir`. */
export function dryRun(dir: string, tasks: string[], env = cleanEnv()): DryTask[] {
  const out = run(dir, 'pnpm', ['exec', 'turbo', 'run', ...tasks, '--dry=json'], env);
  const raw = JSON.parse(out.slice(out.indexOf('{'))) as { tasks: RawTask[] };
  return raw.tasks.map((task) => ({
    taskId: task.taskId,
    task: task.task,
    package: task.package,
    command: task.command,
    hash: task.hash,
    status: task.cache.status,
    runs: task.command !== '<NONEXISTENT>',
    inputs: Object.keys(task.inputs).map((file) => normalize(join(task.directory, file))),
    dependents: task.dependents,
  }));
}

/** Tasks that would run a script, by id. */
export const runnable = (tasks: DryTask[]) => tasks.filter((task) => task.runs);

/** Ids of the runnable tasks whose cache status is `status`, sorted. */
export const withStatus = (tasks: DryTask[], status: DryTask['status']) =>
  runnable(tasks).filter((task) => task.status === status).map((task) => task.taskId).sort();

/** `seeds` and every runnable task that depends on one of them, directly or not (through `transit` too). */
export function withDependents(tasks: DryTask[], seeds: string[]): string[] {
  const byId = new Map(tasks.map((task) => [task.taskId, task]));
  const found = new Set<string>();
  const visit = (id: string) => {
    if (found.has(id)) return;
    found.add(id);
    for (const next of byId.get(id)?.dependents ?? []) visit(next);
  };
  seeds.forEach(visit);
  return [...found].filter((id) => byId.get(id)?.runs).sort();
}
