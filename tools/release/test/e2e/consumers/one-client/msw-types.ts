// A TypeScript user's test setup with the client's msw handlers, only
// type-checked: an answer of the test's own compiles when the spec allows it,
// and each wrong one is rejected. Checked with the DOM lib (tsconfig.bundler.json):
// msw's own declarations name fetch types that @types/node does not declare.
import { handlers, typedHttp } from '@contactkit/8x8-connect-contacts/msw';
import { setupServer } from 'msw/node';

export function mswServer() {
  const server = setupServer(...handlers());
  server.use(
    typedHttp().get('/api/v1/accounts/{accountId}/contacts/{contactId}', ({ params, response }) =>
      response(200).json({ id: Number(params.contactId), firstName: 'Ada', addresses: { msisdn: '16511112222' } }),
    ),
  );
  return server;
}

export function wrongAnswers() {
  return [
    // @ts-expect-error the spec has no such path
    typedHttp().get('/api/v1/accounts/{accountId}/people/{contactId}', ({ response }) => response(200).empty()),
    typedHttp().get('/api/v1/accounts/{accountId}/contacts/{contactId}', ({ response }) =>
      // @ts-expect-error a contact's id is a number in the spec
      response(200).json({ id: '41764986', addresses: { msisdn: '16511112222' } }),
    ),
    typedHttp().get('/api/v1/accounts/{accountId}/contacts/{contactId}', ({ response }) =>
      // @ts-expect-error the operation documents no 500
      response(500).json({ message: 'down' }),
    ),
  ];
}
