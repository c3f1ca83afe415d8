// callab.ai documents no paged operation for this API: its paginate entry is
// there, as in every client, but takes no call, the compiler's check first.
import { expect, expectTypeOf, it } from 'vitest';
import { ConfigurationError, createClient } from '../generated/client.gen.ts';
import { type Pages, paginate } from '../generated/paginate.gen.ts';
import type { Returned } from './support/returned.ts';

const client = createClient({ token: 't' });

it('refuses every call, at compile time and, for a call made anyway, before sending anything', () => {
  // @ts-expect-error: this API has no paged operation to name
  const call = () => paginate(client, 'GET', '/contacts/{id}');
  expect(call).toThrow(ConfigurationError);
  expect(call).toThrow(/^path must be a paged operation of the callab.ai Contacts API, which documents none \(got "GET \/contacts\/\{id\}"\)\.$/);
});

it('would yield nothing, so nothing can be read from it', () => {
  expectTypeOf<Returned<typeof paginate>>().toEqualTypeOf<Pages<never>>();
});
