// Registers the contract tests of one API: every documented status, every
// stated request constraint, and the authentication the spec requires.
import { readFileSync } from 'node:fs';
import { violationsOf } from '@contactkit/mock';
import { describe, expect, it } from 'vitest';
import { operationConstraints } from './constraints.ts';
import { breaking, type RequestParts, validRequest } from './request.ts';
import { credentialHeaders, listOperations, type OpenApiDocument, type Operation } from './spec.ts';

type Fetch = (request: Request) => Promise<Response>;

/** What the suite needs of an openapi-fetch client. */
export interface AnyClient {
  request(method: string, path: string, init: Record<string, unknown>): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

/** How to test one API package. */
export interface ContractOptions {
  /** Path of the package's bundled spec (the one the mock serves). */
  spec: string;
  /** Creates the package's client against the mock, sending with `fetch`. */
  client: (fetch: Fetch) => unknown;
}

function send(client: AnyClient, operation: Operation, parts: RequestParts, headers: Record<string, string> = {}) {
  const { path, query, header, body } = parts;
  return client.request(operation.method, operation.path, {
    params: { path, query, header },
    ...(body === undefined ? {} : { body }),
    headers,
  });
}

const withoutHeaders =
  (names: string[]): Fetch =>
  (request) => {
    const headers = new Headers(request.headers);
    for (const name of names) headers.delete(name);
    return fetch(new Request(request, { headers }));
  };

/** Registers the contract tests of the API described by `options.spec`. */
export function contractSuite(options: ContractOptions): void {
  const document = JSON.parse(readFileSync(options.spec, 'utf8')) as OpenApiDocument;
  const client = options.client(fetch) as AnyClient;
  const credentials = credentialHeaders(document);

  for (const operation of listOperations(document)) {
    describe(`${operation.operationId} (${operation.method} ${operation.path})`, () => {
      const valid = validRequest(operation);
      const statuses = operation.responses.flatMap(({ status, examples }) =>
        (examples.length ? examples : [{ name: undefined, value: undefined }]).map(({ name, value }) => ({
          label: name ? `${status} (example ${name})` : String(status),
          status,
          name,
          value,
        })),
      );

      it.each(statuses)('answers $label with the documented body', async ({ status, name, value }) => {
        const prefer = name ? `code=${status}, example=${name}` : `code=${status}`;
        const { data, error, response } = await send(client, operation, valid, { Prefer: prefer });
        expect(response.status).toBe(status);
        expect(violationsOf(response)).toEqual([]);
        expect(response.ok ? data : error).toEqual(value);
      });

      it.each(operationConstraints(operation))('rejects $at that breaks $detail, naming it', async (constraint) => {
        const { data, error, response } = await send(client, operation, breaking(valid, constraint));
        expect([400, 422]).toContain(response.status);
        expect(data).toBeUndefined();
        expect(error).toBeDefined();
        const found = violationsOf(response, error).map(({ at, rule }) => ({ at: at.toLowerCase(), rule }));
        expect(found).toContainEqual({ at: constraint.at.toLowerCase(), rule: constraint.rule });
      });

      if (credentials.length) {
        const documented = operation.responses.find(({ status }) => status === 401)?.examples[0];
        it.each(credentials)('refuses a request without its %s header with 401', async (header) => {
          const anonymous = options.client(withoutHeaders([header])) as AnyClient;
          const { data, error, response } = await send(anonymous, operation, valid);
          expect(response.status).toBe(401);
          expect(data).toBeUndefined();
          // Where the spec documents the 401 body, the client gets exactly that.
          if (documented) expect(error).toEqual(documented.value);
        });
      }
    });
  }
}
