// The 2xx bodies a spec declares failures (`x-contactkit-failure`) become
// matchers compiled at build time: small (only whether a body matches), one
// per distinct declaration however many operations share it, and read in the
// spec's own dialect (2020-12) whatever keywords they use.
import { expect, it } from 'vitest';
import { failuresSource } from '../src/client-entry.ts';
import { standaloneValidators } from '../src/validators.ts';
import { factsOf } from './support/facts.ts';

type Matchers = Record<string, (body: unknown) => boolean>;
const load = async (source: string) => (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as Matchers;

const failing = (when: object) => ({
  '200': { description: 'OK', 'x-contactkit-failure': { error: 'HttpError', when }, content: { 'application/json': { schema: { type: 'object' } } } },
});
const notOk = { type: 'object', required: ['status'], properties: { status: { not: { const: 'ok' } } } };
const document = {
  servers: [{ url: 'https://api.example.com' }],
  paths: {
    '/contacts/{id}': { get: { operationId: 'getContact', responses: failing(notOk) } },
    '/contact/{id}': { get: { operationId: 'getContactById', responses: failing({ ...notOk }) } },
    '/calls': { get: { operationId: 'listCalls', responses: failing({ type: 'object', required: ['error'] }) } },
  },
};

it('compiles one matcher per distinct failure, exported under each operation that declares it', async () => {
  const source = failuresSource(factsOf(document));
  expect(source.match(/function validate\d+\(/g)).toHaveLength(2);
  expect(source).toContain('export const GET_contact_id_0 = GET_contacts_id_0;');
  const matchers = await load(source);
  for (const name of ['GET_contacts_id_0', 'GET_contact_id_0']) {
    expect(matchers[name]!({ status: 'error', message: 'Contact not found' })).toBe(true);
    expect(matchers[name]!({ status: 'ok', data: {} })).toBe(false);
  }
  expect(matchers.GET_calls_0!({ error: 'busy' })).toBe(true);
  expect(matchers.GET_calls_0!({ status: 'ok' })).toBe(false);
});

it('compiles a matcher of keywords draft-07 reads alike without 2020-12 bookkeeping, and names no rule', () => {
  const source = standaloneValidators({ failure: notOk }, { matchOnly: true });
  expect(source).not.toContain('evaluated');
  expect(source).not.toContain('message:');
});

it.each([
  { name: 'prefixItems', when: { type: 'array', prefixItems: [{ const: 'error' }] }, matching: ['error', 1], other: ['ok', 1] },
  { name: 'dependentRequired', when: { type: 'object', dependentRequired: { error: ['code'] } }, matching: { error: 'x', code: 1 }, other: { error: 'x' } },
])('reads a matcher using $name as 2020-12 says', async ({ when, matching, other }) => {
  const { failure } = await load(standaloneValidators({ failure: when as never }, { matchOnly: true }));
  expect([failure!(matching), failure!(other)]).toEqual([true, false]);
});
