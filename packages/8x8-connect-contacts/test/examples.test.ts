// Every example of 8x8's own description, and of its pages, is a named
// example in the spec (specs/8x8-connect-contacts/components/examples),
// including those that break 8x8's stated rules: a contact in no group, a
// JSON Patch value that is a boolean, counts that do not add up. Each
// request example is accepted by the mock and by `requestValidation()`; each
// answer example validates against its schema, and breaking any rule its
// schema states makes it fail.
import { readFileSync } from 'node:fs';
import { answerExamples, answerExamplesSuite, type OpenApiDocument, requestExamplesSuite } from '@contactkit/contract';
import { describe, expect, inject, it } from 'vitest';
import { createClient } from '../generated/client.gen.js';
import { requestValidation } from '../generated/validation.gen.js';
import { validators } from '../generated/validators.gen.js';

const spec = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8')) as OpenApiDocument;
const validatorOf = (key: keyof typeof validators, status: number) => (validators[key].responses as unknown as Record<number, (body: unknown) => boolean>)[status]!;
const answers = JSON.stringify(answerExamples(spec).map(({ value }) => value));

answerExamplesSuite(spec, validators);

requestExamplesSuite(spec, () => {
  const client = createClient({ apiKey: 'test-api-key', baseUrl: inject('mockUrl') });
  client.use(requestValidation());
  return client;
});

describe("8x8's answer examples", () => {
  it("include 8x8's own that break its stated rules: a contact in no group, an import whose counts do not add up", () => {
    for (const sign of ['"groups":[]', '"totalRows":12,"errorRows":6,"duplicatedRows":5,"insertedRows":2']) expect(answers).toContain(sign);
  });

  it('stay open to batch statuses, types and file types the vendor adds later, and to custom attributes of any value', () => {
    const validate = validatorOf('GET /api/v1/accounts/{accountId}/batches/{batchId}', 200);
    expect(validate({ id: '6f6a4d57-4b5e-4a4c-8f2e-1d3c5b7a9e10', type: 'mergeContacts', status: 'paused' })).toBe(true);
    expect(validate({ id: '6f6a4d57-4b5e-4a4c-8f2e-1d3c5b7a9e10', status: 42 })).toBe(false);
    const contact = validatorOf('GET /api/v1/accounts/{accountId}/contacts/{contactId}', 200);
    expect(contact({ id: 1, addresses: {}, customAttributes: { vip: true, score: 3 } })).toBe(true);
    expect(contact({ addresses: {} })).toBe(false);
  });
});
