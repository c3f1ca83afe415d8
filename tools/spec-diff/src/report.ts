import type { ApiDiff } from './change.ts';

const escape = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function section(diff: ApiDiff): string[] {
  const title = `### \`@contactkit/${diff.api}\``;
  if (diff.status === 'unchanged') return [title, '', 'no changes', ''];
  const rows = diff.changes.map((change) => `| ${change.bump} | ${escape(change.where)} | ${escape(change.what)} |`);
  return [title, '', `Required bump: **${diff.bump}**`, '', '| bump | where | change |', '| --- | --- | --- |', ...rows, ''];
}

/** The Markdown report of every API's spec changes since `base`, for a pull request. */
export function renderReport(diffs: ApiDiff[], base: string): string {
  const changed = diffs.filter((diff) => diff.status !== 'unchanged').length;
  const summary = changed ? `${changed} of ${diffs.length} APIs changed.` : `No spec changed (${diffs.length} APIs).`;
  return [`## Spec changes since \`${base}\``, '', summary, '', ...diffs.flatMap(section)].join('\n');
}
