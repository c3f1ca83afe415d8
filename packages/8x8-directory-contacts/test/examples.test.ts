// Every example of the guide and the pages is a named example in the spec
// (specs/8x8-directory-contacts/components/examples), including the ones that
// disagree with each other: lowercase `work`, `BUSINESS`, UUID and
// 22-character ids. Each request example is accepted by the mock and by
// `requestValidation()`; each answer example validates against its schema,
// and breaking any rule its schema states makes it fail.
import { readFileSync } from 'node:fs';
import { answerExamples, answerExamplesSuite, type OpenApiDocument, requestExamples } from '@contactkit/contract';
import { violationsOf } from '@contactkit/mock-tools';
import { describe, expect, inject, it } from 'vitest';
import { createClient } from '../generated/client.gen.js';
import { requestValidation } from '../generated/validation.gen.js';
import { validators } from '../generated/validators.gen.js';

const spec = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8')) as OpenApiDocument;
const requests = requestExamples(spec);
const answers = JSON.stringify(answerExamples(spec).map(({ value }) => value));
const validatorOf = (key: keyof typeof validators, status: number) => (validators[key].responses as unknown as Record<number, (body: unknown) => boolean>)[status]!;

// The guide's contact id and the create example's UUID: a path must take both.
const CONTACT_IDS = ['2h_JNsaISleZWA36GRh3YQ', 'c3697cef-5e57-41cc-8720-6db6e8e2a977'];

function validatingClient() {
  const client = createClient({ apiKey: 'test-management-key', searchApiKey: 'test-search-key', baseUrl: inject('mockUrl') });
  client.use(requestValidation());
  return client;
}

answerExamplesSuite(spec, validators);

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

describe("the guide's and pages' answer examples", () => {
  it('include the conflicting readings: BUSINESS, lowercase work, both id shapes', () => {
    for (const sign of ['"purposeType":"BUSINESS"', '"purposeType":"work"', '"id":"2h_JNsaISleZWA36GRh3YQ"', '"id":"c3697cef-5e57-41cc-8720-6db6e8e2a977"']) {
      expect(answers).toContain(sign);
    }
  });

  it('stay open to enum values the vendor adds later', () => {
    const validate = validatorOf('GET /contacts', 200);
    const page = (contact: object) => ({ data: [{ id: 'x', contactType: 'company', customerId: 'c', ...contact }], meta: { hasMore: false, scrollId: null } });
    expect(validate(page({ contactType: 'partner', addresses: [{ purposeType: 'BILLING' }] }))).toBe(true);
    expect(validate(page({ contactType: 42 }))).toBe(false);
  });
});
