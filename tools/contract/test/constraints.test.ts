import { describe, expect, it } from 'vitest';
import { constraintsOf, REMOVE, UNSUPPORTED } from '../src/constraints.ts';
import { breaking } from '../src/request.ts';

describe('constraintsOf', () => {
  it('lists one case per stated keyword, with a value that breaks it', () => {
    const schema = {
      type: 'object',
      required: ['msisdn'],
      properties: {
        msisdn: { type: 'string', minLength: 1, maxLength: 15, pattern: '^\\+?[1-9][0-9]{6,14}$' },
        groups: { type: 'array', minItems: 1, maxItems: 2, items: { type: 'object', properties: { id: { type: 'integer' } } } },
        created: { type: 'string', readOnly: true, maxLength: 3 },
      },
    };
    const cases = constraintsOf(schema, ['body'], { msisdn: '+16511112222', groups: [{ id: 1 }] });
    const byKey = Object.fromEntries(cases.map((c) => [`${c.at} ${c.rule}`, c.value]));
    expect(byKey['body required']).toBe(REMOVE);
    expect(byKey['body.msisdn minLength']).toBe('');
    expect(byKey['body.msisdn maxLength']).toHaveLength(16);
    expect(new RegExp(schema.properties.msisdn.pattern).test(byKey['body.msisdn pattern'] as string)).toBe(false);
    expect(byKey['body.groups minItems']).toEqual([]);
    expect(byKey['body.groups maxItems']).toEqual([{ id: 1 }, { id: 1 }, { id: 1 }]);
    expect(byKey['body.groups.0.id type']).toBe('not-a-number');
    // Read-only properties are the server's to send: no request case for them.
    expect(Object.keys(byKey).filter((key) => key.startsWith('body.created'))).toEqual([]);
  });

  it('breaks each format it knows, takes an integer width for no rule, and names a format it cannot break', () => {
    const formats = (format: string, type = 'string') => constraintsOf({ type, format }, ['body'], undefined).filter(({ rule }) => rule === 'format');
    expect(formats('json-pointer').map(({ value }) => value)).toEqual(['no-leading-slash']);
    expect(formats('int64', 'integer')).toEqual([]);
    expect(formats('hostname').map(({ value }) => value)).toEqual([UNSUPPORTED]);
  });

  it('does not ask for an empty path segment, which no URL can carry', () => {
    const cases = constraintsOf({ type: 'string', minLength: 1 }, ['path', 'id'], 'abc', 'url');
    expect(cases).toEqual([]);
  });
});

describe('breaking', () => {
  it('changes only the value at the constraint’s location', () => {
    const valid = { path: { id: 'a' }, query: {}, header: {}, body: { addresses: { msisdn: '1' }, name: 'x' } };
    const broken = breaking(valid, { at: 'body.addresses', rule: 'required', detail: '', location: ['body', 'addresses', 'msisdn'], value: REMOVE });
    expect(broken.body).toEqual({ addresses: {}, name: 'x' });
    expect(valid.body.addresses.msisdn).toBe('1');
  });
});
