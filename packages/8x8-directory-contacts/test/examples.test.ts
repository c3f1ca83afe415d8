// Every example of the guide and the pages is a named example in the spec
// (specs/8x8-directory-contacts/components/examples), including the ones that
// disagree with each other: lowercase `work`, `BUSINESS`, UUID and
// 22-character ids. Each request example is accepted by the mock and by
// `requestValidation()`; each answer example validates against its schema.
import { readFileSync } from 'node:fs';
import { violationsOf } from '@contactkit/mock-tools';
import { describe, expect, inject, it } from 'vitest';
import { createClient } from '../generated/client.gen.js';
import { requestValidation } from '../generated/validation.gen.js';
import { validators } from '../generated/validators.gen.js';

interface Example {
  summary: string;
  value: unknown;
}
type Content = Record<string, { examples?: Record<string, { $ref: string }> }>;
interface RawOperation {
  requestBody?: { content: Content };
  responses: Record<string, { content?: Content }>;
}

const spec = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, RawOperation>>;
  components: { examples: Record<string, Example> };
};
const named = (content: Content | undefined) =>
  Object.entries(content?.['application/json']?.examples ?? {}).map(([name, { $ref }]) => ({ name, ...spec.components.examples[$ref.split('/').pop()!]! }));

const operations = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => method !== 'parameters')
    .map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}` as keyof typeof validators, method: method.toUpperCase(), path, operation })),
);
const requests = operations.flatMap(({ method, path, operation }) => named(operation.requestBody?.content).map((example) => ({ method, path, ...example })));
const answers = operations.flatMap(({ key, operation }) =>
  Object.entries(operation.responses).flatMap(([status, response]) => named(response.content).map((example) => ({ key, status: Number(status), ...example }))),
);

// The guide's contact id and the create example's UUID: a path must take both.
const CONTACT_IDS = ['2h_JNsaISleZWA36GRh3YQ', 'c3697cef-5e57-41cc-8720-6db6e8e2a977'];

function validatingClient() {
  const client = createClient({ apiKey: 'test-management-key', searchApiKey: 'test-search-key', baseUrl: inject('mockUrl') });
  client.use(requestValidation());
  return client;
}

describe('request examples', () => {
  it('are all there: the page, the lowercase purpose, the guide table and the replace', () => {
    expect(requests.map(({ method, name }) => `${method} ${name}`).sort()).toEqual(['POST guideTable', 'POST lowercasePurpose', 'POST page', 'PUT page']);
  });

  const cases = requests.flatMap((request) =>
    (request.path.includes('{contactId}') ? CONTACT_IDS : [undefined]).map((contactId: string | undefined) => ({ ...request, contactId })),
  );
  it.each(cases)('$method $name (contact $contactId) passes requestValidation() and the mock', async ({ method, path, value, contactId }) => {
    const { data, error, response } = await validatingClient().request(method, path, { params: { path: { contactId } }, body: value });
    expect({ status: response.status, violations: violationsOf(response, error), error }).toEqual({ status: 200, violations: [], error: undefined });
    expect(data).toMatchObject({ id: expect.any(String) });
  });

  it.each(CONTACT_IDS)('DELETE of contact %s passes requestValidation() and the mock', async (contactId) => {
    const { response } = await validatingClient().DELETE('/contacts/{contactId}', { params: { path: { contactId } } });
    expect({ status: response.status, violations: violationsOf(response) }).toEqual({ status: 200, violations: [] });
  });
});

describe('answer examples', () => {
  it('are all there: create, replace and three search pages', () => {
    expect(answers.map(({ key, name }) => `${key} ${name}`).sort()).toEqual([
      'GET /contacts guide',
      'GET /contacts lastPage',
      'GET /contacts morePages',
      'POST /contacts lowercasePurpose',
      'POST /contacts page',
      'PUT /contacts/{contactId} page',
    ]);
  });

  it.each(answers)('$key $name validates against the $status schema', ({ key, status, value }) => {
    const validate = (validators[key].responses as unknown as Record<number, ((body: unknown) => boolean) & { errors?: unknown }>)[status]!;
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
  });

  it('include the conflicting readings: BUSINESS, lowercase work, both id shapes', () => {
    const text = JSON.stringify(answers.map(({ value }) => value));
    for (const sign of ['"purposeType":"BUSINESS"', '"purposeType":"work"', '"id":"2h_JNsaISleZWA36GRh3YQ"', '"id":"c3697cef-5e57-41cc-8720-6db6e8e2a977"']) {
      expect(text).toContain(sign);
    }
  });

  it('stay open to values the vendor adds later, and still check what they know', () => {
    const validate = validators['GET /contacts'].responses[200] as (body: unknown) => boolean;
    const page = (contact: object) => ({ data: [{ id: 'x', contactType: 'company', customerId: 'c', ...contact }], meta: { hasMore: false, scrollId: null } });
    expect(validate(page({ contactType: 'partner', addresses: [{ purposeType: 'BILLING' }] }))).toBe(true);
    expect(validate(page({ lastName: 'x'.repeat(31) }))).toBe(false);
    expect(validate(page({ contactType: 42 }))).toBe(false);
  });
});
