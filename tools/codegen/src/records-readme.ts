// The "Records" part of a client's README: which operations of its mock keep
// records, as the spec's links tie them, and how to seed them.
import type { ClientFacts } from './client-facts.ts';
import type { MockResources, RoleFacts } from './mock-resources.ts';

const VERB: Record<RoleFacts['role'], string> = {
  create: 'creates',
  read: 'reads',
  replace: 'replaces',
  patch: 'applies a JSON Patch to',
  merge: 'sets the fields sent of',
  delete: 'deletes',
};

export function recordsReadme(facts: ClientFacts, { resources, roles }: MockResources): string {
  if (!resources.length) {
    return `
The spec links no operations by the ids they answer, so this mock keeps no
records: every operation answers its documented examples.
`;
  }
  const rows = facts.operations.flatMap(({ operationId }) => {
    const role = roles[operationId];
    return role ? [`| \`${operationId}\` | ${VERB[role.role]} a \`${role.resource}\`${role.id ? ` (by \`${role.id.name}\`, in the ${role.id.in})` : ''} |`] : [];
  });
  const first = resources[0]!;
  return `
#### Records that round-trip

With \`handlers(baseUrl, { data: createMockData() })\` the mock keeps records, as
the spec's links tie these operations:

| operation | with the records |
| --- | --- |
${rows.join('\n')}

\`createMockData({ ${first.name}: [...] })\` seeds records, each checked against the
spec's \`${first.name}\` (a field that does not fit throws, naming it); the records
also start with those the documented answers show, unless
\`createMockData(seed, { examples: false })\`. An id the records do not hold gets
the operation's documented not-found answer, else a 404 problem naming the id.
\`data.get('${first.name}', id)\` and \`data.all('${first.name}')\` read the records in a test.
`;
}
