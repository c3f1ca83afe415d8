// The README is executable truth: every `pnpm ...` it shows names a root
// script (or one of the few pnpm commands it means to call), no documented
// script is shadowed by a command of pnpm's own, and its scripts table lists
// exactly the scripts in package.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@contactkit/scale/repo';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Outcome, pnpmCommands, runsOwnScript, whatPnpmRuns } from '../src/pnpm.ts';
import { documentedCommands, pnpmCalls, readReadme, rootScripts, scriptsTable } from '../src/readme.ts';
import { NOT_RUN, RUN_IN_COPY } from '../src/runnable.ts';

// pnpm's own commands that the README means as such: installing the
// workspace, adding a client, running a binary.
const MEANT = ['install', 'add', 'exec', 'dlx'];

const markdown = readReadme();
const scripts = rootScripts();
const { packageManager } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { packageManager?: string };
const table = scriptsTable(markdown);
const calls = documentedCommands(markdown).flatMap(({ line, text }) => pnpmCalls(text).map((call) => ({ ...call, where: `README.md:${line}` })));
const scriptCalls = Object.entries(scripts).flatMap(([script, command]) =>
  pnpmCalls(command).map((call) => ({ ...call, where: `package.json script "${script}"` })),
);

let commands: Map<string, string>;
let outcomes: Map<string, Outcome>;

beforeAll(async () => {
  commands = pnpmCommands();
  // Only names pnpm has no command of its own for (or whose command runs the
  // script) are tried: trying any other would run that command.
  const tried = Object.keys(scripts).filter((name) => !commands.has(name) || runsOwnScript(name, commands.get(name)!));
  outcomes = await whatPnpmRuns(tried, packageManager);
});

const shownAt = (name: string) => {
  const where = [...calls, ...scriptCalls].filter((call) => call.name === name).map((call) => call.where);
  return where.length ? ` (${[...new Set(where)].join(', ')})` : '';
};

describe('README.md', () => {
  it('is read whole: shell blocks, inline pnpm commands and the scripts table', () => {
    expect(calls.length).toBeGreaterThan(table.length);
    expect(calls.map((call) => call.name)).toEqual(expect.arrayContaining(['install', 'build', 'test', 'new-api', 'add']));
    expect(table.length).toBeGreaterThan(0);
  });

  it('names, in every `pnpm <name>`, a root script or a pnpm command it means', () => {
    const problems = [...calls, ...scriptCalls]
      .filter(({ name }) => !(name in scripts) && !MEANT.includes(name))
      .map(({ name, call, where }) =>
        `\`${call}\` (${where}): package.json has no script "${name}", and "${name}" is not one of the pnpm commands the README means (${MEANT.join(', ')}). Add the script to package.json or correct the command.`,
      );
    expect(problems).toEqual([]);
  });

  it(`means pnpm commands that pnpm has (${MEANT.join(', ')})`, () => {
    expect(MEANT.filter((name) => !commands.has(name))).toEqual([]);
  });

  it('documents no script that `pnpm <script>` would not run', () => {
    const problems = Object.keys(scripts).flatMap((name): string[] => {
      const own = commands.get(name);
      const fix = `Rename the script to a name pnpm keeps none of its own commands under (one with a colon, e.g. "${name}:build") in package.json and wherever README.md shows it.`;
      if (own !== undefined && !runsOwnScript(name, own)) {
        return [`\`pnpm ${name}\`${shownAt(name)} runs pnpm's own "${name}" command (${own}), not the script "${name}". ${fix}`];
      }
      const outcome = outcomes.get(name)!;
      if (outcome.ran === 'npm') {
        return [`\`pnpm ${name}\`${shownAt(name)} does not run the script "${name}": pnpm hands "${name}" to npm (\`npm ${name}\`) before it reads package.json. ${fix}`];
      }
      if (outcome.ran === 'other') {
        return [`\`pnpm ${name}\`${shownAt(name)} did not run the script "${name}" in a scratch project; pnpm said:\n${outcome.output}`];
      }
      return [];
    });
    expect(problems).toEqual([]);
  });

  it("lists every root script in its scripts table, and only those, by package.json's names", () => {
    const listed = table.map((row) => row.name);
    const problems = [
      ...Object.keys(scripts)
        .filter((name) => !listed.includes(name))
        .map((name) => `package.json script "${name}" is missing from README.md's scripts table: add a row "| \`pnpm ${name}\` | what it does |".`),
      ...table
        .filter((row) => !(row.name in scripts))
        .map((row) => `README.md:${row.line} lists \`${row.call}\`, but package.json has no script "${row.name}": rename the row to the script's name, or remove it.`),
      ...listed
        .filter((name, index) => listed.indexOf(name) !== index)
        .map((name) => `README.md's scripts table lists \`pnpm ${name}\` more than once.`),
    ];
    expect(problems).toEqual([]);
  });

  it('says for every documented script whether the end-to-end test runs it in a copy of the repo', () => {
    const decided: string[] = [...RUN_IN_COPY, ...Object.keys(NOT_RUN)];
    const problems = [
      ...table
        .filter((row) => !decided.includes(row.name))
        .map((row) => `\`pnpm ${row.name}\` is documented but neither run nor excused in tools/readme/src/runnable.ts: add it to RUN_IN_COPY if it is quick and safe in a copy, else to NOT_RUN with the reason.`),
      ...decided
        .filter((name) => !table.some((row) => row.name === name))
        .map((name) => `tools/readme/src/runnable.ts names "${name}", which README.md's scripts table does not list: remove it there.`),
      ...RUN_IN_COPY.filter((name) => name in NOT_RUN).map((name) => `"${name}" is both run and excused in tools/readme/src/runnable.ts.`),
    ];
    expect(problems).toEqual([]);
  });
});
