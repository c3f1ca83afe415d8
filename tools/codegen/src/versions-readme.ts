// The "Server versions" section of a client's README, for self-hosted APIs
// whose spec says what server some operations need (`x-contactkit-requires`):
// which version and edition each one's route arrived in.
import type { ClientFacts } from './client-facts.ts';
import { editionName } from './requires.ts';

/** The section, a row per operation that declares what it needs; empty for an API whose spec declares none. */
export function versionsReadme(facts: ClientFacts): string {
  const { requirements } = facts;
  if (!requirements) return '';
  const { product, operations } = requirements;
  const rows = [...operations].map(([key, { operationId, version, edition }]) => `| \`${operationId}\` | \`${key}\` | ${version ?? 'not stated'} | ${editionName(edition)} |`);
  return `
## Server versions

${product} servers run different versions and editions, and a route arrived
with a version, or comes with an edition only. A server without the route
answers 404, as for a missing record: the \`NotFoundError\` then says what the
route needs. Operations not listed do not state it.

| operation | route | first ${product} version | edition |
| --- | --- | --- | --- |
${rows.join('\n')}
`;
}
