// Every example of 8x8's own description, and of its pages, is a named
// example in the spec (specs/8x8-connect-contacts/components/examples),
// including those that break 8x8's stated rules: a contact in no group, a
// JSON Patch value that is a boolean, counts that do not add up. Each
// request example is accepted by the mock and by `requestValidation()`; each
// answer example validates against its schema, and breaking any rule its
// schema states makes it fail.
import { readFileSync } from 'node:fs';
import { answerExamples, asFormParts, breaking, constraintsOf, type OpenApiDocument, requestExamples, UNSUPPORTED, unusedExamples, validRequest } from '@contactkit/contract';
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

it('tests every example the spec holds, as a request or an answer', () => {
  expect(unusedExamples(spec)).toEqual([]);
});

describe('request examples', () => {
  it.each(requests)('$method $path $name passes requestValidation() and the mock', async ({ operation, value }) => {
    const client = createClient({ apiKey: 'test-api-key', baseUrl: inject('mockUrl') });
    client.use(requestValidation());
    const { path, query } = validRequest(operation);
    const { error, response } = await client.request(operation.method, operation.path, { params: { path, query }, body: asFormParts(operation, value) });
    expect({ ok: response.ok, violations: violationsOf(response, error), error }).toEqual({ ok: true, violations: [], error: undefined });
  });
});

describe('answer examples', () => {
  it.each(answers)('$key $status $name validates against its schema', ({ key, status, value }) => {
    const validate = validatorOf(key, status);
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(answers)('$key $status $name fails its validator with any rule of its schema broken', ({ key, status, schema, value }) => {
    const constraints = constraintsOf(schema, ['body'], value, 'answer');
    expect(constraints.filter(({ value: broken }) => broken === UNSUPPORTED).map(({ at, rule }) => `${at}: ${rule}`)).toEqual([]);
    const accepted = constraints.filter((constraint) => validatorOf(key, status)(breaking({ path: {}, query: {}, header: {}, body: value }, constraint).body));
    expect(accepted.map(({ at, detail }) => `${at}: ${detail}`)).toEqual([]);
    expect(constraints.length).toBeGreaterThan(0);
  });

  it("include 8x8's own that break its stated rules: a contact in no group, an import whose counts do not add up", () => {
    const text = JSON.stringify(answers.map(({ value }) => value));
    for (const sign of ['"groups":[]', '"totalRows":12,"errorRows":6,"duplicatedRows":5,"insertedRows":2']) expect(text).toContain(sign);
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
