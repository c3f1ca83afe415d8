// The Mintlify sandbox documents no paged operation: its paginate entry is
// there, as in every client, but takes no call, the compiler's check first.
import { expect, expectTypeOf, it } from 'vitest';
import { ConfigurationError, createClient } from '../generated/client.gen.ts';
import { type Pages, paginate } from '../generated/paginate.gen.ts';

const client = createClient({ token: 't', baseUrl: 'https://sandbox.example.com' });

it('refuses every call, at compile time and, for a call made anyway, before sending anything', () => {
  // @ts-expect-error: this API has no paged operation to name
  const call = () => paginate(client, 'GET', '/contact/{id}');
  expect(call).toThrow(ConfigurationError);
  expect(call).toThrow(/^path must be a paged operation of the Mintlify Sandbox Contacts API, which documents none \(got "GET \/contact\/\{id\}"\)\.$/);
});

it('would yield nothing, so nothing can be read from it', () => {
  expectTypeOf<ReturnType<typeof paginate>>().toExtend<Pages<never>>();
});
