// The "Regions" section of a client's README, for APIs whose spec names a
// region per server: which there are, how to pick one, and what overrides it.
import { type ClientFacts, exampleOptions, tsLiteral } from './client-facts.ts';

/** The section, its example on the last region (the first is the default); empty for an API without regions. */
export function regionsReadme(facts: ClientFacts): string {
  const { regions } = facts;
  if (!regions.length) return '';
  const example = regions[regions.length - 1]!;
  const given = exampleOptions(facts).slice(1, -1).trim();
  const options = `{ ${[given, `region: ${tsLiteral(example.name)}`].filter(Boolean).join(', ')} }`;
  const rows = regions.map(({ name, url, description }) => `| \`${name}\` | ${url} | ${description ?? ''} |`).join('\n');
  return `
## Regions

The ${facts.displayName} is served in ${regions.length} regions. Create the client with the
\`region\` your account is provisioned in; without one it calls \`${regions[0]!.name}\`, and a
\`baseUrl\` overrides either. A region the API is not served in is a type error, and a
\`ConfigurationError\` naming the regions if it gets through anyway.

| region | server | |
| --- | --- | --- |
${rows}

\`\`\`ts
const regional = createClient(${options});
\`\`\`
`;
}
