// Every example of callab.ai's pages is a named example in the spec
// (specs/mintlify-sandbox/components/examples): the query page's contact
// (`answered`, `+1`, a `custom_field` in metadata), the reference page's
// rendering with `workspace_id`, and a contact in the styles of its field
// table. Each validates against its schema, breaking any rule its schema
// states makes it fail, and each is an answer of both operations.
import { readFileSync } from 'node:fs';
import { answerExamples, answerExamplesSuite, type OpenApiDocument } from '@contactkit/contract';
import { expect, it } from 'vitest';
import { validators } from '../generated/validators.gen.js';

const spec = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8')) as OpenApiDocument;

answerExamplesSuite(spec, validators);

it("include the pages' own values: the query page's contact and the reference page's workspace_id", () => {
  const text = JSON.stringify(answerExamples(spec).map(({ value }) => value));
  for (const sign of ['"last_call_status":"answered"', '"number_country_code":"+1"', '"metadata":{"custom_field":', '"workspace_id":"<string>"']) expect(text).toContain(sign);
});

it('are the answers of the live operation and of the earlier page’s alike', () => {
  const names = (key: string) => answerExamples(spec).filter((answer) => answer.key === key).map(({ name }) => name);
  expect(names('GET /contacts/{id}')).toEqual(['described', 'queried', 'rendered']);
  expect(names('GET /contact/{id}')).toEqual(names('GET /contacts/{id}'));
});
