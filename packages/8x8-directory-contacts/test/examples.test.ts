// Every example of the guide and the pages is a named example in the spec
// (specs/8x8-directory-contacts/components/examples), including the ones that
// disagree with each other: lowercase `work`, `BUSINESS`, UUID and
// 22-character ids. Each request example is accepted by the mock and by
// `requestValidation()`; each answer example validates against its schema,
// and breaking any rule its schema states makes it fail.
import { readFileSync } from 'node:fs';
import { answerExamples, breaking, constraintsOf, type OpenApiDocument, requestExamples, UNSUPPORTED, unusedExamples } from '@contactkit/contract';
import { violationsOf } from '@contactkit/mock-tools';
import { describe, expect, inject, it } from 'vitest';
import { createClient } from '../generated/client.gen.js';
import { requestValidation } from '../generated/validation.gen.js';
import { validators } from '../generated/validators.gen.js';

type Validate = ((body: unknown) => boolean) & { errors?: unknown };

const spec = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8')) as OpenApiDocument;
const requests = requestExamples(spec);
const answers = answerExamples(spec).map((answer) => ({ ...answer, key: answer.key as keyof typeof validators }));
const validatorOf = (key: keyof typeof validators, status: number) => (validators[key].responses as unknown as Record<number, Validate>)[status]!;

// The guide's contact id and the create example's UUID: a path must take both.
const CONTACT_IDS = ['2h_JNsaISleZWA36GRh3YQ', 'c3697cef-5e57-41cc-8720-6db6e8e2a977'];

function validatingClient() {
  const client = createClient({ apiKey: 'test-management-key', searchApiKey: 'test-search-key', baseUrl: inject('mockUrl') });
  client.use(requestValidation());
  return client;
}

it('tests every example the spec holds, as a request or an answer', () => {
  expect(unusedExamples(spec)).toEqual([]);
});

describe('request examples', () => {
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
  it.each(answers)('$key $name validates against the $status schema', ({ key, status, value }) => {
    const validate = validatorOf(key, status);
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
  });

  // Each rule an answer's schema states (a length, a pattern, a required
  // field, a closed enum…), broken in the example, fails its validator.
  it.each(answers)('$key $name fails its validator with any rule of its schema broken', ({ key, status, schema, value }) => {
    const constraints = constraintsOf(schema, ['body'], value, 'answer');
    expect(constraints.filter(({ value: broken }) => broken === UNSUPPORTED).map(({ at, rule }) => `${at}: ${rule}`)).toEqual([]);
    const accepted = constraints.filter((constraint) => validatorOf(key, status)(breaking({ path: {}, query: {}, header: {}, body: value }, constraint).body));
    expect(accepted.map(({ at, detail }) => `${at}: ${detail}`)).toEqual([]);
    expect(constraints.length).toBeGreaterThan(0);
  });

  it('include the conflicting readings: BUSINESS, lowercase work, both id shapes', () => {
    const text = JSON.stringify(answers.map(({ value }) => value));
    for (const sign of ['"purposeType":"BUSINESS"', '"purposeType":"work"', '"id":"2h_JNsaISleZWA36GRh3YQ"', '"id":"c3697cef-5e57-41cc-8720-6db6e8e2a977"']) {
      expect(text).toContain(sign);
    }
  });

  it('stay open to enum values the vendor adds later', () => {
    const validate = validatorOf('GET /contacts', 200);
    const page = (contact: object) => ({ data: [{ id: 'x', contactType: 'company', customerId: 'c', ...contact }], meta: { hasMore: false, scrollId: null } });
    expect(validate(page({ contactType: 'partner', addresses: [{ purposeType: 'BILLING' }] }))).toBe(true);
    expect(validate(page({ contactType: 42 }))).toBe(false);
  });
});
