// Spec edits that change a spec's hash but keep it valid and its lint score.
import { readFileSync, writeFileSync } from 'node:fs';

const DESCRIPTION = '  description: |\n';

/** Adds a first paragraph to the spec's `info.description` (a block scalar in every spec here). */
export function editDescription(specFile: string, note: string): void {
  const text = readFileSync(specFile, 'utf8');
  if (!text.includes(DESCRIPTION)) throw new Error(`${specFile}: no "info.description: |" block to edit; give info a block description.`);
  writeFileSync(specFile, text.replace(DESCRIPTION, `${DESCRIPTION}    ${note}\n\n`));
}

/** Appends `suffix` to the spec's `info.title`. */
export function editTitle(specFile: string, suffix: string): void {
  const text = readFileSync(specFile, 'utf8');
  const edited = text.replace(/^ {2}title: (.*)$/m, (_, title: string) => `  title: ${title}${suffix}`);
  if (edited === text) throw new Error(`${specFile}: no "info.title" line to edit; give info a one-line title.`);
  writeFileSync(specFile, edited);
}
