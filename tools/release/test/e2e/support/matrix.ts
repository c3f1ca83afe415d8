// The consumer matrix: which projects are installed (by test/e2e/setup.ts,
// once for the whole run) and the axes every check runs along. A project is
// installed once per package manager and shared by the Node 20 and Node 24
// runs, which differ only in the Node that runs the user's files.
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { inject } from 'vitest';
import type { PackageManager } from '../../../src/consumer.ts';
import type { PublishedPackage } from '../../../src/workspace.ts';

/** The fixture folders, one per kind of project. */
export const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'consumers');

/** A kind of consumer project: its fixture folder, the clients it adds, and what it already had. */
export interface ProjectKind {
  name: 'one-client' | 'three-clients';
  clients: string[];
  devDependencies: string[];
}

/**
 * One client, checked in depth (modules, types, validation, its mock), and
 * three clients, that share one `contactkit-mock` bin and are bundled for the
 * browser. Together they install every client.
 */
export const projectKinds: ProjectKind[] = [
  { name: 'one-client', clients: ['@contactkit/8x8-connect-contacts'], devDependencies: ['typescript', '@types/node'] },
  {
    name: 'three-clients',
    clients: ['@contactkit/8x8-directory-contacts', '@contactkit/mintlify-sandbox', '@contactkit/rocketchat-omnichannel'],
    devDependencies: [],
  },
];

export const managers: PackageManager[] = ['npm', 'pnpm'];

/** An installed consumer project. */
export interface Project {
  kind: ProjectKind['name'];
  manager: PackageManager;
  dir: string;
  clients: string[];
  /** Each command run to install it, with everything it printed. */
  installs: { command: string; output: string }[];
}

/** What the global setup hands every test file. */
export interface E2eContext {
  registryUrl: string;
  /** The copy of the repository that was released. */
  repo: string;
  released: PublishedPackage[];
  node24: string;
  projects: Project[];
  /** The environment consumers install and run with (the local registry, no update notices). */
  env: Record<string, string>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2eContext;
  }
}

/** The run's context, as the global setup provided it. */
export const e2e = (): E2eContext => inject('e2e');

/** The installed project of `kind` for `manager`. */
export function project(kind: ProjectKind['name'], manager: PackageManager): Project {
  const found = e2e().projects.find((candidate) => candidate.kind === kind && candidate.manager === manager);
  if (!found) throw new Error(`No ${kind} project for ${manager}: test/e2e/setup.ts installs one per entry of projectKinds and managers.`);
  return found;
}

/** A Node to run users' files with. */
export interface NodeUnderTest {
  major: '20' | '24';
  /** The executable. */
  path(): string;
}

export const nodes: NodeUnderTest[] = [
  { major: '20', path: () => process.execPath },
  { major: '24', path: () => e2e().node24 },
];

/** The environment a user's shell would have with `node` first on PATH, so that npx, pnpm and bins run on it. */
export function envWith(node: NodeUnderTest, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...e2e().env, PATH: `${dirname(node.path())}:${e2e().env.PATH ?? ''}`, ...extra };
}

const execFileAsync = promisify(execFile);

/**
 * Runs `file` of the project with `node`, asynchronously (a test's own server
 * must keep answering meanwhile); resolves with its stdout and stderr.
 */
export async function runWith(node: NodeUnderTest, dir: string, args: string[], extraEnv: Record<string, string> = {}) {
  try {
    return await execFileAsync(node.path(), args, { cwd: dir, env: envWith(node, extraEnv), encoding: 'utf8', maxBuffer: 16 << 20 });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`node ${args.join(' ')} failed on Node ${node.major} in ${dir}:\n${stdout ?? ''}${stderr ?? ''}`, { cause: error });
  }
}
