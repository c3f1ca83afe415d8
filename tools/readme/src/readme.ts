// What the root README tells a reader to type: the lines of its ```sh
// blocks, every inline `pnpm ...` span, and the scripts table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@contactkit/scale/repo';

/** One command as the README shows it, with the line it is on (1-based). */
export interface DocumentedCommand {
  line: number;
  text: string;
}

/** One `pnpm <name>` inside a command: `pnpm build` in `pnpm install && pnpm build`. */
export interface PnpmCall {
  /** The command or script name pnpm is given: `build`, `spec:diff`, `add`. */
  name: string;
  /** The whole call, as written: `pnpm spec:diff [base]`. */
  call: string;
}

export const readmePath = join(repoRoot, 'README.md');
export const readReadme = (): string => readFileSync(readmePath, 'utf8');

/** The root package.json's scripts. */
export function rootScripts(): Record<string, string> {
  return (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
}

const FENCE = /^\s*(`{3,}|~{3,})\s*([\w-]*)/;
const SHELL = new Set(['sh', 'shell', 'bash', 'console']);
// Code that is not a command line (TypeScript examples) is not searched:
// its template literals are backticks too.
const NOT_SEARCHED = new Set(['ts', 'typescript', 'js', 'javascript', 'json', 'yaml', 'yml']);
const INLINE_PNPM = /`(pnpm\s[^`\n]+)`/g;

/**
 * Every command line of `markdown`: each non-empty, non-comment line of a
 * shell block, and each inline code span that starts with `pnpm ` anywhere
 * else (prose, tables, and plain blocks such as the layout listing).
 */
export function documentedCommands(markdown: string): DocumentedCommand[] {
  const commands: DocumentedCommand[] = [];
  let fence: { marker: string; lang: string } | undefined;
  markdown.split('\n').forEach((text, index) => {
    const line = index + 1;
    const opening = FENCE.exec(text);
    if (opening && (!fence || text.trim().startsWith(fence.marker))) {
      fence = fence ? undefined : { marker: opening[1]!, lang: opening[2]!.toLowerCase() };
      return;
    }
    if (fence && SHELL.has(fence.lang)) {
      const command = text.replace(/^\s*\$\s+/, '').trim();
      if (command && !command.startsWith('#')) commands.push({ line, text: command });
      return;
    }
    if (fence && NOT_SEARCHED.has(fence.lang)) return;
    for (const match of text.matchAll(INLINE_PNPM)) commands.push({ line, text: match[1]!.trim() });
  });
  return commands;
}

// Options that make pnpm run something in another package than the root.
const ELSEWHERE = new Set(['--filter', '-F', '--dir', '-C', '--recursive', '-r']);
// Options placed before the command that take a value of their own.
const WITH_VALUE = new Set(['--filter', '-F', '--dir', '-C', '--reporter', '--loglevel']);

/**
 * The `pnpm` calls in a command line, in `a && b`, `a || b`, `a; b` and `a | b`
 * chains alike. Calls that run in another package (`--filter`, `-C`, `-r`)
 * are left out: they do not run a root script.
 */
export function pnpmCalls(command: string): PnpmCall[] {
  return command
    .split(/&&|\|\||;|\|/)
    .map((part) => part.trim())
    .flatMap((call): PnpmCall[] => {
      const words = call.split(/\s+/);
      if (words[0] !== 'pnpm') return [];
      let elsewhere = false;
      for (let i = 1; i < words.length; i++) {
        const word = words[i]!;
        if (!word.startsWith('-')) return elsewhere ? [] : [{ name: word, call }];
        const option = word.split('=')[0]!;
        if (ELSEWHERE.has(option)) elsewhere = true;
        if (WITH_VALUE.has(word)) i++;
      }
      return [];
    });
}

/** One row of the README's scripts table: `| \`pnpm spec:diff [base]\` | ... |`. */
export interface ScriptRow {
  line: number;
  name: string;
  call: string;
}

/**
 * The rows of the table under the `## Scripts` heading whose first cell is a
 * `pnpm <script> ...` span, in order.
 */
export function scriptsTable(markdown: string): ScriptRow[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((text) => /^##\s+Scripts\s*$/.test(text));
  if (start < 0) return [];
  const rows: ScriptRow[] = [];
  for (let index = start + 1; index < lines.length && !/^##\s/.test(lines[index]!); index++) {
    const cell = /^\|\s*`(pnpm\s[^`]+)`\s*\|/.exec(lines[index]!);
    const call = cell && pnpmCalls(cell[1]!)[0];
    if (call) rows.push({ line: index + 1, name: call.name, call: call.call });
  }
  return rows;
}
