// Open enums: the types keep the known values and accept any other string,
// and the validators accept values the spec does not list yet; enums without
// the extension stay closed in both.
import openapiTS, { astToString } from 'openapi-typescript';
import { expect, it } from 'vitest';
import { openEnumType, withoutOpenEnums } from '../src/open-enums.ts';
import { standaloneValidators } from '../src/validators.ts';

const document = {
  openapi: '3.1.0',
  info: { title: 'Enums', version: '1' },
  paths: {},
  components: {
    schemas: {
      Answer: {
        type: 'object',
        properties: {
          open: { type: 'string', enum: ['HOME', 'WORK'], 'x-contactkit-open-enum': true },
          nullable: { type: ['string', 'null'], enum: ['A', null], 'x-contactkit-open-enum': true },
          numbers: { type: 'integer', enum: [1, 2] },
          closed: { type: 'string', enum: ['ONLY'] },
        },
      },
    },
  },
};

it('types an open enum as its known values or any other string, a closed one as its values', async () => {
  const types = astToString(await openapiTS(document as never, { transform: openEnumType }));
  expect(types).toContain('open?: "HOME" | "WORK" | (string & {});');
  expect(types).toContain('nullable?: "A" | (string & {}) | null;');
  expect(types).toContain('closed?: "ONLY";');
});

it('refuses an open enum of anything but strings, naming the extension', async () => {
  const numbers = { type: 'integer', enum: [1, 2], 'x-contactkit-open-enum': true };
  const broken = { ...document, components: { schemas: { Answer: { type: 'object', properties: { numbers } } } } };
  await expect(openapiTS(broken as never, { transform: openEnumType })).rejects.toThrow(/x-contactkit-open-enum is for string enums; found \[1,2\]/);
});

it('validates an open enum against its type only, a closed one against its values', async () => {
  const schema = { ...document.components.schemas.Answer, properties: { open: document.components.schemas.Answer.properties.open, closed: document.components.schemas.Answer.properties.closed } };
  const source = standaloneValidators({ answer: schema });
  const { answer } = (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as { answer: (value: unknown) => boolean };
  expect(answer({ open: 'BILLING' })).toBe(true);
  expect(answer({ open: 42 })).toBe(false);
  expect(answer({ closed: 'OTHER' })).toBe(false);
});

it('leaves the spec itself alone: the copy drops the enum, the original keeps it', () => {
  const schema = { properties: { open: { type: 'string', enum: ['A'], 'x-contactkit-open-enum': true } } };
  expect(withoutOpenEnums(schema)).toEqual({ properties: { open: { type: 'string', 'x-contactkit-open-enum': true } } });
  expect(schema.properties.open.enum).toEqual(['A']);
});
