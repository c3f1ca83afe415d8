// Opt-in response validation reports every answer the spec does not describe
// (an undocumented status, a body that breaks its status's schema) and lets
// the others through unchanged.
import { describe, expect, it } from 'vitest';
import { ConfigurationError, ContactkitError } from '../src/index.js';
import { type CompiledValidator, type OperationValidators, type ResponseMismatch, ResponseValidationError, responseValidationMiddleware } from '../src/validation.js';
import { recordingSleep, scriptedFetch, testClient } from './support/fakes.js';
import type { Paths } from './support/paths.js';

const api = { defaultBaseUrl: 'https://api.example.com', credentials: [{ option: 'apiKey', header: 'Authorization', scheme: 'Bearer', value: 'secret-api-key' }] };

type Errors = NonNullable<CompiledValidator['errors']>;

/** A validator as Ajv's standalone code behaves: `errors` set by each call, `null` when the data is valid. */
function validator(check: (data: unknown) => Errors): CompiledValidator {
  const validate: CompiledValidator = (data) => {
    const errors = check(data);
    validate.errors = errors.length ? errors : null;
    return !errors.length;
  };
  return validate;
}

const property = (data: unknown, name: string) => (data && typeof data === 'object' ? (data as Record<string, unknown>)[name] : undefined);

// `{ id: string }`, `id` required.
const thing = validator((data) => {
  const id = property(data, 'id');
  if (id === undefined) return [{ instancePath: '', keyword: 'required', message: "must have required property 'id'", params: { missingProperty: 'id' } }];
  return typeof id === 'string' ? [] : [{ instancePath: '/id', keyword: 'type', message: 'must be string', params: { type: 'string' } }];
});

// `{ message?: string }`.
const problem = validator((data) => {
  const message = property(data, 'message');
  return message === undefined || typeof message === 'string' ? [] : [{ instancePath: '/message', keyword: 'type', message: 'must be string', params: { type: 'string' } }];
});

const validators: Record<string, OperationValidators> = {
  'GET /things/{id}': { responses: { 200: thing, 404: problem } },
  'POST /things': { responses: { 201: thing, 204: null, default: problem } },
};

function validatingClient(steps: Response[], onMismatch?: 'throw' | ((mismatch: ResponseMismatch) => void)) {
  const fake = scriptedFetch(steps);
  const client = testClient<Paths>(api, { fetch: fake.fetch, sleep: recordingSleep().sleep });
  client.use(responseValidationMiddleware(validators, onMismatch && { onMismatch }));
  return { ...fake, client };
}

const getThing = (client: ReturnType<typeof validatingClient>['client'], id = '9') => client.GET('/things/{id}', { params: { path: { id } } });
const thrownBy = (call: Promise<unknown>) => call.then(() => undefined, (thrown: unknown) => thrown);

describe('responseValidation', () => {
  it('lets an answer that matches the spec through unchanged', async () => {
    const { client } = validatingClient([Response.json({ id: '9' })]);
    const { data, response } = await getThing(client);
    expect(data).toEqual({ id: '9' });
    expect(response.status).toBe(200);
  });

  it('throws a ResponseValidationError naming the field and rule a 2xx body breaks', async () => {
    const { client } = validatingClient([Response.json({ id: 9 })]);
    const error = await thrownBy(getThing(client));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toBeInstanceOf(ContactkitError);
    expect(error).toMatchObject({
      name: 'ResponseValidationError',
      method: 'GET',
      pathTemplate: '/things/{id}',
      status: 200,
      issues: [{ at: 'body.id', rule: 'type', message: 'must be string' }],
    });
    expect((error as Error).message).toBe(
      "GET /things/{id} answered HTTP 200 differently from the API's spec: body.id must be string. " +
        'The API does not do what its spec says, or the spec is out of date: please report it, with this message.',
    );
  });

  it('names a missing required property itself', async () => {
    const { client } = validatingClient([Response.json({ name: 'no id' })]);
    const error = await thrownBy(getThing(client));
    expect((error as ResponseValidationError).issues).toEqual([{ at: 'body.id', rule: 'required', message: 'is required' }]);
  });

  it('with an onMismatch function, reports the mismatch and returns the data as usual', async () => {
    const mismatches: ResponseMismatch[] = [];
    const { client } = validatingClient([Response.json({ id: 9 })], (mismatch) => mismatches.push(mismatch));
    const { data } = await getThing(client);
    expect(data).toEqual({ id: 9 });
    expect(mismatches).toEqual([{ method: 'GET', pathTemplate: '/things/{id}', status: 200, issues: [{ at: 'body.id', rule: 'type', message: 'must be string' }] }]);
  });

  it('reports a status the spec does not document, listing those it does', async () => {
    const { client } = validatingClient([Response.json({ message: 'teapot' }, { status: 418 })]);
    const error = await thrownBy(getThing(client));
    expect(error).toMatchObject({ status: 418, issues: [{ at: 'status', rule: 'documented', message: 'must be one the spec documents (200, 404)' }] });
  });

  it('checks a status the spec leaves to `default` against the default answer', async () => {
    const { client } = validatingClient([Response.json({ message: 'gone' }, { status: 410 }), Response.json({ message: 410 }, { status: 410 })]);
    const { error } = await client.POST('/things', { body: { name: 'n' } });
    expect(error).toEqual({ message: 'gone' });
    const mismatch = await thrownBy(client.POST('/things', { body: { name: 'n' } }));
    expect(mismatch).toMatchObject({ status: 410, issues: [{ at: 'body.message', rule: 'type' }] });
  });

  it('validates the body of an error answer, which the caller can still read', async () => {
    const mismatches: ResponseMismatch[] = [];
    const { client } = validatingClient([Response.json({ message: 404 }, { status: 404 })], (mismatch) => mismatches.push(mismatch));
    const { error, response } = await getThing(client);
    expect(error).toEqual({ message: 404 });
    expect(response.status).toBe(404);
    expect(mismatches).toEqual([{ method: 'GET', pathTemplate: '/things/{id}', status: 404, issues: [{ at: 'body.message', rule: 'type', message: 'must be string' }] }]);
  });

  it('reports an error answer whose body is not JSON where the spec documents JSON', async () => {
    const { client } = validatingClient([new Response('<html>Not Found</html>', { status: 404 })]);
    const error = await thrownBy(getThing(client));
    expect(error).toMatchObject({ status: 404, issues: [{ at: 'body', rule: 'json', message: 'must be JSON' }] });
  });

  it('accepts any body, or none, for a status documented without a JSON body', async () => {
    const { client } = validatingClient([new Response(null, { status: 204 })]);
    const { response } = await client.POST('/things', { body: { name: 'n' } });
    expect(response.status).toBe(204);
  });

  it('checks only the status of a 2xx read other than as JSON', async () => {
    const { client } = validatingClient([new Response('{"id":9}', { status: 200 }), new Response('{"id":9}', { status: 202 })]);
    const { data } = await client.GET('/things/{id}', { params: { path: { id: '9' } }, parseAs: 'text' });
    expect(data).toBe('{"id":9}');
    const error = await thrownBy(client.GET('/things/{id}', { params: { path: { id: '9' } }, parseAs: 'text' }));
    expect(error).toMatchObject({ status: 202, issues: [{ at: 'status' }] });
  });

  it('never names the URL with its ids filled in, nor the credential', async () => {
    const { client } = validatingClient([Response.json({ id: 9 })]);
    const error = (await thrownBy(getThing(client, 'contact-4242'))) as ResponseValidationError;
    expect(error.pathTemplate).toBe('/things/{id}');
    expect(error.message).not.toContain('contact-4242');
    expect(error.message).not.toContain('api.example.com');
    expect(error.message).not.toContain('secret-api-key');
  });

  it('passes answers of operations it has no validators for', async () => {
    const fake = scriptedFetch([Response.json({ id: 9 })]);
    const client = testClient<Paths>(api, { fetch: fake.fetch });
    client.use(responseValidationMiddleware({}));
    expect((await getThing(client)).data).toEqual({ id: 9 });
  });

  it('refuses an onMismatch that is neither "throw" nor a function', () => {
    const create = () => responseValidationMiddleware(validators, { onMismatch: 'log' as 'throw' });
    expect(create).toThrow(ConfigurationError);
    expect(create).toThrow(`onMismatch must be 'throw' or a function (got "log").`);
  });
});
