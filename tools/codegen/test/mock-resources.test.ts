// The in-process mock's records come from the spec's links: which operation
// creates, reads, replaces, changes and deletes a record, where each takes
// its id, and where each answer holds the record; a link the mock cannot
// follow fails the build, naming the fix.
import { describe, expect, it } from 'vitest';
import { mockResources } from '../src/mock-resources.ts';
import type { OpenApiDocument } from '../src/spec.ts';

const facts = { specFile: 'specs/acme/openapi.yaml' };
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const pet = { $ref: '#/components/schemas/Pet' };

function spec(links: object, extra: Record<string, object> = {}): OpenApiDocument {
  return {
    paths: {
      '/pets': {
        get: { operationId: 'listPets', responses: { '200': { content: { 'application/json': { schema: { type: 'object', properties: { pets: { type: 'array', items: pet } } }, example: { pets: [{ id: 'p1', name: 'Rex' }, { id: 'p2', name: 'Tom' }] } } } } } },
        post: { operationId: 'createPet', requestBody: json({ type: 'object', properties: { name: { type: 'string' } } }), responses: { '201': { ...json({ type: 'object', properties: { petId: { type: 'string' } } }), links } } } },
      '/pets/{petId}': {
        parameters: [{ name: 'petId', in: 'path', required: true, schema: { type: 'string' } }],
        get: { operationId: 'getPet', responses: { '200': { ...json({ type: 'object', properties: { pet } }), links: { deletePet: { operationId: 'deletePet', parameters: { petId: '$response.body#/pet/id' } } } } } },
        patch: { operationId: 'patchPet', requestBody: json({ type: 'array', items: { type: 'object' } }), responses: { '200': json(pet) } },
        delete: { operationId: 'deletePet', responses: { '204': {} } },
      },
      ...extra,
    },
    components: { schemas: { Pet: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, bornAt: { type: 'string' } } } } },
  } as unknown as OpenApiDocument;
}

const fromCreate = {
  getPet: { operationId: 'getPet', parameters: { petId: '$response.body#/petId' } },
  patchPet: { operationId: 'patchPet', parameters: { 'path.petId': '$response.body#/petId' } },
};

describe('mockResources()', () => {
  it('reads the roles, ids and records of linked operations', () => {
    expect(mockResources(spec(fromCreate), facts)).toEqual({
      resources: [{ name: 'Pet', idKey: 'id', assigned: ['id', 'bornAt'], examples: [{ id: 'p1', name: 'Rex' }, { id: 'p2', name: 'Tom' }] }],
      roles: {
        createPet: { resource: 'Pet', role: 'create', status: 201, idAt: '/petId' },
        getPet: { resource: 'Pet', role: 'read', status: 200, id: { in: 'path', name: 'petId' }, recordAt: '/pet' },
        patchPet: { resource: 'Pet', role: 'patch', status: 200, id: { in: 'path', name: 'petId' }, recordAt: '' },
        deletePet: { resource: 'Pet', role: 'delete', status: 204, id: { in: 'path', name: 'petId' } },
      },
    });
  });

  it('gives a resource no operation creates reads of seeded records only', () => {
    const readOnly = spec({});
    delete (readOnly.paths['/pets'] as { post?: object }).post;
    expect(mockResources(readOnly, facts).roles).toEqual({ deletePet: { resource: 'Pet', role: 'delete', status: 204, id: { in: 'path', name: 'petId' } } });
  });

  it('gives a spec without links no records', () => {
    expect(mockResources({ paths: {} } as OpenApiDocument, facts)).toEqual({ resources: [], roles: {} });
  });

  it('refuses a link to an operation the spec does not have', () => {
    expect(() => mockResources(spec({ ...fromCreate, gone: { operationId: 'getPets', parameters: { petId: '$response.body#/petId' } } }), facts)).toThrow(
      'specs/acme/openapi.yaml: createPet 201 link "gone" names operationId "getPets", which the spec does not have',
    );
  });

  it('refuses an expression other than the answer body', () => {
    expect(() => mockResources(spec({ getPet: { operationId: 'getPet', parameters: { petId: '$request.path.petId' } } }), facts)).toThrow(/reads only `\$response\.body#\/<pointer>`/);
  });

  it('refuses a parameter the target does not take', () => {
    expect(() => mockResources(spec({ getPet: { operationId: 'getPet', parameters: { id: '$response.body#/petId' } } }), facts)).toThrow('getPet has no path or query parameter "id"');
  });

  it('refuses links that never reach a record of components.schemas', () => {
    const unnamed = spec(fromCreate);
    delete (unnamed.paths['/pets/{petId}']!.get as { responses: Record<string, { links?: object }> }).responses['200']!.links;
    expect(() => mockResources(unnamed, facts)).toThrow(/never reach an id inside a schema of components.schemas/);
  });
});
