// Every example of Rocket.Chat's description, its pages and its server's
// answers that the spec can show as it is, as a named example: the visitor
// whose phone is null, the `{ contact: null }` of an unknown visitor id, an
// unknown contact's empty channel list, the 404 of contacts.get. Each request
// example is accepted by the mock and by `requestValidation()`; each answer
// example validates against its schema, and breaking any rule its schema
// states makes it fail. Those the spec cannot show as they are, with what the
// server does with them, are in vendor-examples.test.ts.
import { readFileSync } from 'node:fs';
import { answerExamples, answerExamplesSuite, type OpenApiDocument, requestExamplesSuite } from '@contactkit/contract';
import { describe, expect, inject, it } from 'vitest';
import { createClient } from '../generated/client.gen.js';
import { requestValidation } from '../generated/validation.gen.js';
import { validators } from '../generated/validators.gen.js';

const spec = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8')) as OpenApiDocument;

answerExamplesSuite(spec, validators);

requestExamplesSuite(spec, () => {
  const client = createClient({ authToken: 'test-auth-token', userId: 'test-user-id', baseUrl: inject('mockUrl') });
  client.use(requestValidation());
  return client;
});

describe("Rocket.Chat's answer examples", () => {
  const text = JSON.stringify(answerExamples(spec).map(({ value }) => value));

  it("include the server's answers that the description leaves out", () => {
    for (const sign of ['"contact":null', '"phone":null', '"channels":[]', '"error":"Resource not found"', '"history":[']) expect(text).toContain(sign);
  });

  it("use the vendor's own ids, placeholders included", () => {
    for (const id of ['653f9ce1a2f73c7460e18e82', '7ipCD6NDtkkRDCiNM', '674eeb4343725ce31dd9bdae', '673c76df47a6c9b89dd263d8', '234567987655weygcbg', '68f0d2c201e202fefed83672']) {
      expect(`${text} ${JSON.stringify(spec)}`).toContain(id);
    }
  });
});
