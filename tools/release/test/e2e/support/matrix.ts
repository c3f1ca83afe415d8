// The consumer matrix: which projects are installed (by test/e2e/setup.ts,
// once for the whole run) and the axes every check runs along. A project is
// installed once per package manager and shared by the Node 20 and Node 24
// runs, which differ only in the Node that runs the user's files.
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { inject } from 'vitest';
import { addCommand, catalogVersion, type PackageManager, skipInstallScriptCommand } from '../../../src/consumer.ts';
import type { PublishedPackage } from '../../../src/workspace.ts';

/** The fixture folders, one per kind of project. */
export const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'consumers');

/** A kind of consumer project: its fixture folder, the clients it adds, what it already had, and the mock packages it adds. */
export interface ProjectKind {
  name: 'one-client' | 'three-clients';
  clients: string[];
  devDependencies: string[];
  /** What the README's mock section has users add as devDependencies, in the order it names them. */
  mockPackages: string[];
}

/**
 * One client, checked in depth (modules, types, validation, its Prism mock
 * and its msw handlers), and three clients, that share one `contactkit-mock`
 * bin and are bundled for the browser, with Prism alone: msw's peers are
 * optional. Together they install every client.
 */
export const projectKinds: ProjectKind[] = [
  {
    name: 'one-client',
    clients: ['@contactkit/8x8-connect-contacts'],
    devDependencies: ['typescript', '@types/node'],
    mockPackages: ['@contactkit/mock', 'msw', 'openapi-msw'],
  },
  {
    name: 'three-clients',
    clients: ['@contactkit/8x8-directory-contacts', '@contactkit/mintlify-sandbox', '@contactkit/rocketchat-omnichannel'],
    devDependencies: [],
    mockPackages: ['@contactkit/mock'],
  },
];

export const managers: PackageManager[] = ['npm', 'pnpm'];

/**
 * A package as the install names it: ours at what the registry has just
 * published, any other at the catalog's version, so a new release of msw
 * cannot change what the matrix tests.
 */
export const pinned = (name: string): string => (name.startsWith('@contactkit/') ? name : `${name}@${catalogVersion(name)}`);

/**
 * The commands that install a project (of a kind), as the README has users
 * type them: the clients, then the mock packages; with msw, first the line
 * that skips msw's postinstall (it copies a service worker for browsers only).
 */
export function installCommands({ clients, mockPackages }: Pick<ProjectKind, 'clients' | 'mockPackages'>, manager: PackageManager): string[][] {
  return [
    addCommand(manager, clients),
    ...(mockPackages.includes('msw') ? [skipInstallScriptCommand(manager, 'msw')] : []),
    addCommand(manager, mockPackages.map(pinned), { dev: true }),
  ];
}

/** An installed consumer project. */
export interface Project {
  kind: ProjectKind['name'];
  manager: PackageManager;
  dir: string;
  clients: string[];
  mockPackages: string[];
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
