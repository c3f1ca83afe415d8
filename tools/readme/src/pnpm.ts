// What `pnpm <name>` does, asked of pnpm itself rather than kept by hand.
//
// `pnpm <name>` runs the package's script `<name>` only when `<name>` is not
// one of pnpm's own commands. pnpm names its own commands in `pnpm help -a`,
// but it also hands a further set of names straight to npm (`docs`, `view`,
// `version`, `home`, ...) before it even reads package.json, and lists those
// nowhere: no command or flag of pnpm prints them. So that second set is
// found by asking pnpm to run each script name in a scratch project whose npm
// is a stand-in: whether the script or the stand-in answers is the answer.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '@contactkit/scale/repo';

/** The environment of a reader's shell: none of an enclosing `pnpm run`'s npm_* settings. */
function shellEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  return { ...env, NO_COLOR: '1', ...extra };
}

/**
 * pnpm's own commands and their aliases, each with its description, parsed
 * from `pnpm help -a` as run in the repo (so with the pnpm version its
 * `packageManager` names).
 */
export function pnpmCommands(): Map<string, string> {
  const result = spawnSync('pnpm', ['help', '-a'], { cwd: repoRoot, encoding: 'utf8', env: shellEnv() });
  if (result.status !== 0) throw new Error(`\`pnpm help -a\` failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  const commands = new Map<string, string>();
  let names: string[] = [];
  let inCommands = false;
  for (const text of result.stdout.split('\n')) {
    // Each group of commands starts with a heading ("Manage your dependencies:"); the options come last.
    if (/^Options:/.test(text)) inCommands = false;
    else if (/^\S.*:\s*$/.test(text)) inCommands = true;
    if (!inCommands) continue;
    // "   i, install              Install all dependencies" or "      store add   Adds new ..."
    const entry = /^ {1,8}(?:([a-z][\w-]*), )?([a-z][\w-]*)(?: [a-z][\w-]*)?\s{2,}(\S.*)$/.exec(text);
    if (entry) {
      names = [entry[2]!, ...(entry[1] ? [entry[1]] : [])];
      for (const name of names) commands.set(name, [commands.get(name), entry[3]!.trim()].filter(Boolean).join('; '));
      continue;
    }
    // A description wrapped onto the next lines.
    const more = /^\s{20,}(\S.*)$/.exec(text);
    if (more) for (const name of names) commands.set(name, `${commands.get(name)} ${more[1]!.trim()}`);
  }
  if (commands.size < 20 || !commands.has('install')) {
    throw new Error(`could not read pnpm's commands from \`pnpm help -a\`; has its format changed?\n${result.stdout}`);
  }
  return commands;
}

/**
 * Whether one of pnpm's own commands is there to run the package's script of
 * the same name, as `pnpm test` and `pnpm start` are: its description names
 * the script in quotes ('Runs a package\'s "test" script').
 */
export const runsOwnScript = (name: string, description: string): boolean => description.includes(`"${name}"`);

/** What `pnpm <name>` ran in a project with a script `<name>`. */
export type Outcome = { ran: 'script' } | { ran: 'npm'; output: string } | { ran: 'other'; output: string };

const SCRIPT_MARK = 'contactkit-readme-script-ran';
const NPM_MARK = 'contactkit-readme-npm-ran';

/**
 * Runs `pnpm <name>` for each name in a scratch project that has a script of
 * every one of those names, with the repo's `packageManager`, and an npm that
 * only says it was called. Pass only names that are no pnpm command of its
 * own (or whose command runs the script): any other command would run.
 */
export async function whatPnpmRuns(names: string[], packageManager: string | undefined): Promise<Map<string, Outcome>> {
  const dir = mkdtempSync(join(tmpdir(), 'contactkit-readme-'));
  try {
    const npm = join(dir, 'npm');
    writeFileSync(npm, `#!/bin/sh\necho ${NPM_MARK} "$@"\n`);
    chmodSync(npm, 0o755);
    const scripts = Object.fromEntries(names.map((name) => [name, `echo ${SCRIPT_MARK}`]));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'probe', private: true, packageManager, scripts }));
    const env = shellEnv({ npm_config_npm_path: npm });
    const outcomes = await Promise.all(
      names.map(async (name): Promise<[string, Outcome]> => {
        const output = await new Promise<string>((resolve, reject) => {
          const child = spawn('pnpm', [name], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
          let text = '';
          child.stdout.on('data', (chunk) => (text += chunk));
          child.stderr.on('data', (chunk) => (text += chunk));
          child.on('error', reject);
          child.on('close', () => resolve(text));
        });
        if (output.includes(SCRIPT_MARK)) return [name, { ran: 'script' }];
        if (output.includes(NPM_MARK)) return [name, { ran: 'npm', output: output.trim() }];
        return [name, { ran: 'other', output: output.trim() }];
      }),
    );
    return new Map(outcomes);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
