// What a server needs to have an operation's route (`x-contactkit-requires`,
// with the document's `x-contactkit-product`): read and checked from the
// spec, then said in the client's 404 message, the reference page and the README.
import { describe, expect, it } from 'vitest';
import { clientSource } from '../src/client-entry.ts';
import { type Requirement, requirementLine, requirementsOf, routeNeeds, withRequirementLines } from '../src/requires.ts';
import { listOperations, type OpenApiDocument } from '../src/spec.ts';
import { versionsReadme } from '../src/versions-readme.ts';
import { factsOf } from './support/facts.ts';

const ok = { '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } } };
const get = (operationId: string, requires?: unknown, description?: string) => ({
  get: { operationId, ...(description && { description }), ...(requires !== undefined && { 'x-contactkit-requires': requires }), responses: ok },
});

/** A self-hosted API of four routes: one of a known version, one of the Enterprise edition only, one of both, and one that says nothing. */
function spec(overrides: { product?: unknown; requires?: unknown } = {}) {
  return {
    openapi: '3.1.0',
    info: { title: 'Chat', version: '1' },
    ...('product' in overrides ? overrides.product !== undefined && { 'x-contactkit-product': overrides.product } : { 'x-contactkit-product': 'Rocket.Chat' }),
    servers: [{ url: '{serverUrl}', variables: { serverUrl: { default: 'http://localhost:3000' } } }],
    paths: {
      '/api/v1/omnichannel/contacts.checkExistence': get('checkContactExistence', 'requires' in overrides ? overrides.requires : { version: '7.2.0', edition: 'community' }, 'Whether a contact exists.'),
      '/api/v1/omnichannel/contacts.block': get('blockContact', { edition: 'enterprise' }),
      '/api/v1/omnichannel/contacts.conflicts': get('contactConflicts', { version: '7.0.0', edition: 'enterprise' }),
      '/api/v1/omnichannel/contact': get('getContact'),
    },
  };
}

const read = (document: object) => requirementsOf(document as OpenApiDocument, listOperations(document as OpenApiDocument), 'specs/chat/openapi.yaml');

describe('requirementsOf', () => {
  it('reads each declaring operation by method and path, in the spec order, and the product', () => {
    const requirements = read(spec())!;
    expect(requirements.product).toBe('Rocket.Chat');
    expect([...requirements.operations]).toEqual([
      ['GET /api/v1/omnichannel/contacts.checkExistence', { operationId: 'checkContactExistence', version: '7.2.0', edition: 'community' }],
      ['GET /api/v1/omnichannel/contacts.block', { operationId: 'blockContact', edition: 'enterprise' }],
      ['GET /api/v1/omnichannel/contacts.conflicts', { operationId: 'contactConflicts', version: '7.0.0', edition: 'enterprise' }],
    ]);
  });

  it('finds nothing, and needs no product, when no operation declares it', () => {
    const document = { ...spec({ product: undefined }), paths: { '/api/v1/omnichannel/contact': get('getContact') } };
    expect(read(document)).toBeUndefined();
  });

  const where = 'specs/chat/openapi.yaml: x-contactkit-requires of GET /api/v1/omnichannel/contacts.checkExistence';
  it.each([
    { name: 'a version that is not MAJOR.MINOR.PATCH', requires: { version: '7.2', edition: 'community' }, message: `${where}: version must be the first server version with the route, as MAJOR.MINOR.PATCH such as "7.2.0", or left out where unknown (got "7.2").` },
    { name: 'a version YAML read as a number', requires: { version: 7.2, edition: 'community' }, message: `${where}: version must be the first server version with the route, as MAJOR.MINOR.PATCH such as "7.2.0", or left out where unknown (got 7.2).` },
    { name: 'an edition that is neither', requires: { version: '7.2.0', edition: 'pro' }, message: `${where}: edition must be "community" or "enterprise" (got "pro").` },
    { name: 'no edition', requires: { version: '7.2.0' }, message: `${where}: edition must be "community" or "enterprise" (got nothing).` },
    { name: 'a key it does not take', requires: { since: '7.2.0', edition: 'community' }, message: `${where} has "since", which it does not take: its keys are version (left out where unknown) and edition.` },
    { name: 'a version alone, not in an object', requires: '7.2.0', message: `${where} must be an object of version and edition, e.g. { version: 7.2.0, edition: community } (got "7.2.0").` },
  ])('refuses $name, naming the spec, the operation and the key', ({ requires, message }) => {
    expect(() => read(spec({ requires }))).toThrow(message);
  });

  it.each([
    { name: 'no product', product: undefined, got: 'nothing' },
    { name: 'a blank product', product: ' ', got: '" "' },
  ])('refuses $name when an operation declares what it needs', ({ product, got }) => {
    expect(() => read(spec({ product }))).toThrow(
      `specs/chat/openapi.yaml: x-contactkit-product must be the server product's name, e.g. "Rocket.Chat", at the document's top level, since GET /api/v1/omnichannel/contacts.checkExistence has x-contactkit-requires (got ${got}).`,
    );
  });
});

describe('what each requirement is said as', () => {
  const cases: { given: Omit<Requirement, 'operationId'>; needs: string | undefined; line: string }[] = [
    { given: { version: '7.2.0', edition: 'community' }, needs: 'Rocket.Chat 7.2.0 or later', line: 'Requires Rocket.Chat 7.2.0 or later, Community edition.' },
    { given: { edition: 'enterprise' }, needs: 'Rocket.Chat Enterprise edition', line: 'Requires the Rocket.Chat Enterprise edition; the first version is not stated.' },
    { given: { version: '7.0.0', edition: 'enterprise' }, needs: 'Rocket.Chat 7.0.0 or later, Enterprise edition', line: 'Requires Rocket.Chat 7.0.0 or later, Enterprise edition.' },
    // Every server may have it, as far as the spec knows: nothing for a 404 to add.
    { given: { edition: 'community' }, needs: undefined, line: 'Requires the Rocket.Chat Community edition; the first version is not stated.' },
  ];
  it.each(cases)('$given: the 404 adds "$needs", the reference page says "$line"', ({ given, needs, line }) => {
    const requirement = { operationId: 'x', ...given };
    expect(routeNeeds('Rocket.Chat', requirement)).toBe(needs);
    expect(requirementLine('Rocket.Chat', requirement)).toBe(line);
  });
});

describe('withRequirementLines', () => {
  it("opens each declaring operation's description with its line, and leaves the document given as it was", () => {
    const document = spec();
    const before = structuredClone(document);
    const lined = withRequirementLines(document, listOperations(document as OpenApiDocument), 'spec.yaml');
    const description = (path: string) => (lined.paths as Record<string, { get: { description?: string } }>)[path]!.get.description;
    expect(description('/api/v1/omnichannel/contacts.checkExistence')).toBe('Requires Rocket.Chat 7.2.0 or later, Community edition.\n\nWhether a contact exists.');
    expect(description('/api/v1/omnichannel/contacts.block')).toBe('Requires the Rocket.Chat Enterprise edition; the first version is not stated.');
    expect(description('/api/v1/omnichannel/contact')).toBeUndefined();
    expect(document).toEqual(before);
  });

  it('returns a document that declares nothing as it is', () => {
    const document = { ...spec(), paths: { '/api/v1/omnichannel/contact': get('getContact') } };
    expect(withRequirementLines(document, listOperations(document as OpenApiDocument), 'spec.yaml')).toBe(document);
  });
});

describe('the generated client and README', () => {
  it("give the runtime what each route needs as the operation's requires fact, where there is something to say", () => {
    expect(clientSource(factsOf(spec()))).toContain(
      "operations: { 'GET /api/v1/omnichannel/contacts.checkExistence': { json: [200], requires: 'Rocket.Chat 7.2.0 or later' }, 'GET /api/v1/omnichannel/contacts.block': { json: [200], requires: 'Rocket.Chat Enterprise edition' }, 'GET /api/v1/omnichannel/contacts.conflicts': { json: [200], requires: 'Rocket.Chat 7.0.0 or later, Enterprise edition' }, 'GET /api/v1/omnichannel/contact': { json: [200] } }",
    );
  });

  it('list each declaring operation in a Server versions section of the README', () => {
    const section = versionsReadme(factsOf(spec()));
    expect(section).toContain('## Server versions');
    expect(section).toContain('| operation | route | first Rocket.Chat version | edition |');
    expect(section).toContain('| `checkContactExistence` | `GET /api/v1/omnichannel/contacts.checkExistence` | 7.2.0 | Community |');
    expect(section).toContain('| `blockContact` | `GET /api/v1/omnichannel/contacts.block` | not stated | Enterprise |');
    expect(section).toContain('| `contactConflicts` | `GET /api/v1/omnichannel/contacts.conflicts` | 7.0.0 | Enterprise |');
    expect(section).not.toContain('getContact');
  });

  it('have no requires fact and no section for an API whose spec declares nothing', () => {
    const facts = factsOf({ ...spec({ product: undefined }), paths: { '/api/v1/omnichannel/contact': get('getContact') } });
    expect(clientSource(facts)).toContain("operations: { 'GET /api/v1/omnichannel/contact': { json: [200] } }");
    expect(versionsReadme(facts)).toBe('');
  });
});
