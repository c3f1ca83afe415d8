// Every spec agrees with itself: its examples validate against their schemas,
// and Prism's generated (dynamic) answers to valid requests break nothing.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listApis } from '@contactkit/codegen';
import { bundle } from '@contactkit/codegen/redocly';
import { startPrismMock } from '@contactkit/mock';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { fetchArgs, validRequest } from '../src/request.ts';
import { listOperations, type OpenApiDocument, resolve } from '@contactkit/codegen/spec';

// ajv-formats is CommonJS: under NodeNext its function is the default's default.
const addFormats = ajvFormats as unknown as typeof ajvFormats.default;
// Enough samples to meet each optional field and enum value many times (an
// optional field is missed by all 30 once in a billion runs); the Directory's
// search pages are large, so more would cost seconds each.
const DYNAMIC_REQUESTS = 30;
const workDir = mkdtempSync(join(tmpdir(), 'contactkit-specs-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Bundles a spec afresh, so this test needs no generated package files. */
function bundled(name: string): { file: string; document: OpenApiDocument } {
  const file = join(workDir, `${name}.json`);
  bundle(name, file);
  return { file, document: JSON.parse(readFileSync(file, 'utf8')) };
}

interface ExampleCase {
  where: string;
  schema: object;
  value: unknown;
}

/** Every (schema, example) pair in the document, wherever OpenAPI allows one. */
function examplesOf(node: unknown, where: string, found: ExampleCase[] = []): ExampleCase[] {
  if (!node || typeof node !== 'object') return found;
  const record = node as Record<string, unknown>;
  const schema = record.schema as object | undefined;
  if (schema && 'example' in record) found.push({ where: `${where}.example`, schema, value: record.example });
  if (schema && record.examples && typeof record.examples === 'object') {
    for (const [name, example] of Object.entries(record.examples as Record<string, { value?: unknown }>)) {
      found.push({ where: `${where}.examples.${name}`, schema, value: example.value });
    }
  }
  for (const [key, value] of Object.entries(record)) {
    if (key !== 'example' && key !== 'examples') examplesOf(value, `${where}.${key}`, found);
  }
  return found;
}

describe.each(listApis().map((api) => api.name))('%s', (name) => {
  const { file, document } = bundled(name);

  it('has examples that validate against their schemas', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const cases = examplesOf(resolve(document, document.paths), 'paths');
    expect(cases.length).toBeGreaterThan(0);
    const invalid = cases
      .map(({ where, schema, value }) => ({ where, valid: ajv.validate(schema, value), errors: ajv.errorsText(ajv.errors) }))
      .filter(({ valid }) => !valid);
    expect(invalid).toEqual([]);
  });

  it(`answers ${DYNAMIC_REQUESTS} valid requests per operation with generated responses that break nothing`, async () => {
    const mock = await startPrismMock(file, { dynamic: true });
    try {
      for (const operation of listOperations(document)) {
        const [url, init] = fetchArgs(mock.url, document, operation, validRequest(operation));
        const failures: string[] = [];
        for (let index = 0; index < DYNAMIC_REQUESTS; index++) {
          const response = await fetch(url, init);
          await response.arrayBuffer();
          const violations = response.headers.get('sl-violations');
          if (!response.ok || violations) failures.push(`${response.status} ${violations ?? ''}`);
        }
        expect({ operation: operation.operationId, failures }).toEqual({ operation: operation.operationId, failures: [] });
      }
    } finally {
      await mock.stop();
    }
  }, 60_000);
});
