// The types a user of this package gets: `throwOnError` narrowing from the
// options given to createClient, and error classes whose `body` is the error
// schema the spec documents. Checked by `tsc` (the package's typecheck); the
// calls are in functions never run, since they would reach the real API.
import { describe, expectTypeOf, it } from 'vitest';
import { type components, ConflictError, createClient, HttpError, NotFoundError } from '../generated/client.gen.ts';

type Contact = components['schemas']['Contact'];
type ErrorBody = components['schemas']['ErrorResponse'];
const params = { path: { accountId: '0f8fad5b-d9cb-469f-a165-70867728950e', contactId: '41764986' } };

describe('createClient', () => {
  it('returns data beside error by default', () => {
    const typed = async () => {
      const { data } = await createClient({ apiKey: 'k' }).GET('/api/v1/accounts/{accountId}/contacts/{contactId}', { params });
      expectTypeOf<undefined>().toExtend<typeof data>();
      expectTypeOf(data?.addresses).toEqualTypeOf<Contact['addresses'] | undefined>();
    };
    expectTypeOf(typed).toBeFunction();
  });

  it('types data as always there when created with throwOnError: true', () => {
    const typed = async () => {
      const { data } = await createClient({ apiKey: 'k', throwOnError: true }).GET('/api/v1/accounts/{accountId}/contacts/{contactId}', { params });
      expectTypeOf<undefined>().not.toExtend<typeof data>();
      expectTypeOf(data.addresses).toEqualTypeOf<Contact['addresses']>();
    };
    expectTypeOf(typed).toBeFunction();
  });
});

describe('error classes', () => {
  it('narrow with instanceof to the body the spec documents for their statuses', () => {
    // Only the compiler looks at the branches.
    const caught: unknown = undefined;
    if (caught instanceof NotFoundError) expectTypeOf(caught.body).toEqualTypeOf<ErrorBody | undefined>();
    if (caught instanceof ConflictError) expectTypeOf(caught.body).toEqualTypeOf<ErrorBody | undefined>();
    if (caught instanceof HttpError) expectTypeOf(caught.body).toEqualTypeOf<ErrorBody | undefined>();
    expectTypeOf<NotFoundError['status']>().toEqualTypeOf<number>();
  });
});
