import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import parseChangeset from '@changesets/parse';
import type { Bump } from './bump.ts';
import { changedSince } from './git.ts';

/** One pending changeset: its file and the bump it asks for each package. */
export interface Changeset {
  file: string;
  releases: { name: string; type: Bump }[];
}

/** Parses one changeset's text; the error names the file and the fix. */
export function parseChangesetText(file: string, text: string): Changeset {
  try {
    return { file, releases: parseChangeset(text).releases };
  } catch (error) {
    // The parser's message runs on with an example; its first line says what is wrong.
    const reason = (error as Error).message.split('\n')[0];
    throw new Error(`${file} is not a valid changeset (${reason}); rewrite it with \`pnpm changeset\`.`);
  }
}

/**
 * The changesets added or edited since `base`. One that was already pending
 * at the base speaks for an earlier change, so it cannot cover this one.
 */
export function changesetsSince(repo: string, base: string): Changeset[] {
  return changedSince(repo, base, '.changeset')
    .filter((file) => file.endsWith('.md') && basename(file) !== 'README.md')
    .map((file) => parseChangesetText(file, readFileSync(join(repo, file), 'utf8')));
}
