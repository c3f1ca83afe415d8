// Registers the tests of a spec's examples: every named example is read by
// some test, each answer example validates against its schema, and breaking
// any rule its schema states makes it fail; each request example passes the
// package's requestValidation() and its mock.
import type { OpenApiDocument } from '@contactkit/codegen/spec';
import { violationsOf } from '@contactkit/mock-tools';
import { describe, expect, it } from 'vitest';
import { constraintsOf, UNSUPPORTED } from './constraints.ts';
import { answerExamples, requestExamples, unusedExamples } from './examples.ts';
import { asFormParts } from './form.ts';
import { breaking, validRequest } from './request.ts';
import type { AnyClient } from './operation-tests.ts';

type Validate = ((body: unknown) => boolean) & { errors?: unknown };

/** A package's generated `validators`: per operation (`<METHOD> <path>`), its answers' validators by status. */
export type AnswerValidators = Record<string, { responses?: Record<number, Validate | null> }>;

/** Registers the tests of the answer examples of `spec` against the package's compiled `validators`. */
export function answerExamplesSuite(spec: OpenApiDocument, validators: AnswerValidators): void {
  const validatorOf = (key: string, status: number) => validators[key]!.responses![status]!;

  it('tests every example the spec holds, as a request or an answer', () => {
    expect(unusedExamples(spec)).toEqual([]);
  });

  describe('answer examples', () => {
    const answers = answerExamples(spec);

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
  });
}

/** Registers a test per request example of `spec`: sent by `client()` (made against the mock, with requestValidation() in use), it must be sent and accepted. */
export function requestExamplesSuite(spec: OpenApiDocument, client: () => AnyClient): void {
  describe('request examples', () => {
    it.each(requestExamples(spec))('$method $path $name passes requestValidation() and the mock', async ({ operation, value }) => {
      const { path, query } = validRequest(operation);
      const { error, response } = await client().request(operation.method, operation.path, { params: { path, query }, body: asFormParts(operation, value) });
      expect({ ok: response.ok, violations: violationsOf(response, error), error }).toEqual({ ok: true, violations: [], error: undefined });
    });
  });
}
