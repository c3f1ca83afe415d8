// Servers that name their region (`x-contactkit-region`) become the client's
// `region` option; a spec that names them half-way, or badly, fails to
// generate with the fix in the message.
import { describe, expect, it } from 'vitest';
import type { ClientFacts } from '../src/client-facts.ts';
import { regionsReadme } from '../src/regions-readme.ts';
import { type OpenApiDocument, regionsOf } from '../src/spec.ts';

const spec = (servers: object[]) => ({ servers, paths: {} }) as unknown as OpenApiDocument;
const server = (url: string, region?: unknown, description?: string) => ({ url, ...(region !== undefined && { 'x-contactkit-region': region }), ...(description && { description }) });

describe('regionsOf', () => {
  it('reads every server as a region, in the spec order, with its description', () => {
    const regions = regionsOf(spec([server('https://a.example.com', 'asia-pacific', 'Asia-Pacific'), server('https://eu.example.com', 'europe')]), 'spec.yaml');
    expect(regions).toEqual([
      { name: 'asia-pacific', url: 'https://a.example.com', description: 'Asia-Pacific' },
      { name: 'europe', url: 'https://eu.example.com' },
    ]);
  });

  it('finds none when no server names a region', () => {
    expect(regionsOf(spec([server('https://a.example.com')]), 'spec.yaml')).toEqual([]);
    expect(regionsOf(spec([]), 'spec.yaml')).toEqual([]);
  });

  it.each([
    { name: 'only some servers named', servers: [server('https://a.example.com', 'asia'), server('https://b.example.com')], message: 'x-contactkit-region is on 1 of 2 servers' },
    { name: 'a name that is not kebab-case', servers: [server('https://a.example.com', 'North America')], message: 'must be a kebab-case name such as "north-america" (got "North America")' },
    { name: 'a name that is no string', servers: [server('https://a.example.com', 7)], message: '(got 7)' },
    { name: 'a repeated name', servers: [server('https://a.example.com', 'europe'), server('https://b.example.com', 'europe')], message: '"europe" names two servers' },
    { name: 'a plain http server', servers: [server('http://a.example.com', 'europe')], message: 'must be an https URL' },
  ])('refuses $name, naming the spec and the fix', ({ servers, message }) => {
    expect(() => regionsOf(spec(servers), 'specs/x/openapi.yaml')).toThrow(message);
    expect(() => regionsOf(spec(servers), 'specs/x/openapi.yaml')).toThrow(/^specs\/x\/openapi\.yaml: /);
  });
});

describe('regionsReadme', () => {
  const facts = (regions: ClientFacts['regions']) =>
    ({ displayName: 'Example API', regions, defaultBaseUrl: regions[0]?.url, credentials: [{ option: 'apiKey', scheme: 'key' }], operations: [] }) as unknown as ClientFacts;

  it('has no section for an API without regions', () => {
    expect(regionsReadme(facts([]))).toBe('');
  });

  it('lists each region with its server, names the default, and shows a client of another region', () => {
    const section = regionsReadme(facts([{ name: 'asia-pacific', url: 'https://a.example.com', description: 'Asia-Pacific' }, { name: 'europe', url: 'https://eu.example.com' }]));
    expect(section).toContain('## Regions');
    expect(section).toContain('without one it calls `asia-pacific`');
    expect(section).toContain('| `asia-pacific` | https://a.example.com | Asia-Pacific |');
    expect(section).toContain('| `europe` | https://eu.example.com |  |');
    expect(section).toContain("const regional = createClient({ apiKey: process.env.API_KEY!, region: 'europe' });");
  });
});
