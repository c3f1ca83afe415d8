// Routes that only some servers have (a self-hosted API's later versions, or
// another edition): such a server answers 404 as for a missing record, so the
// NotFoundError of an operation whose spec says what it needs says it too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiSettings, NotFoundError } from '../src/index.js';
import { recordingSleep, testClient } from './support/fakes.js';
import type { Paths } from './support/paths.js';
import { startScriptedServer } from './support/server.js';

const CHECK = '/api/v1/omnichannel/contacts.checkExistence';
// As Rocket.Chat answers a route it does not have.
const missing = { success: false, error: 'API endpoint "/api/v1/omnichannel/contacts.checkExistence" not found' };

let server: Awaited<ReturnType<typeof startScriptedServer>>;

beforeAll(async () => {
  server = await startScriptedServer();
  // The process's first fetch loads undici: paid here rather than within a test's time limit.
  await (await fetch(server.url)).text();
});
afterAll(() => server.close());

/** The error of a GET of `CHECK` answered 404, by a client whose spec says the operation needs `requires`. */
async function notFound(requires: string | undefined, status = 404): Promise<unknown> {
  const settings: ApiSettings = {
    credentials: [],
    errorBody: { message: ['error'] },
    operations: { [`GET ${CHECK}`]: { json: [200], ...(requires && { requires }) } },
  };
  const run = server.run([{ status, body: missing }]);
  const client = testClient<Paths>(settings, { baseUrl: server.url, headers: run.headers, throwOnError: true, sleep: recordingSleep().sleep });
  return client.request('GET', CHECK).then(() => expect.unreachable('the call should have thrown'), (caught: unknown) => caught);
}

const usual = `GET ${CHECK} answered HTTP 404: "${missing.error}" (attempt 1 of 3); check the ids it sent.`;

describe('a 404 of an operation that not every server has', () => {
  it.each([
    { name: 'a first version', requires: 'Rocket.Chat 7.2.0 or later' },
    { name: 'an edition only', requires: 'Rocket.Chat Enterprise edition' },
    { name: 'a first version and an edition', requires: 'Rocket.Chat 7.0.0 or later, Enterprise edition' },
  ])('is a NotFoundError whose message adds what the route needs: $name', async ({ requires }) => {
    const error = await notFound(requires);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, body: missing, pathTemplate: CHECK });
    expect((error as Error).message).toBe(`${usual} A server without this route also answers 404: GET ${CHECK} needs ${requires}.`);
  });

  it('keeps the usual message for an operation every server has', async () => {
    const error = await notFound(undefined);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toBe(usual);
  });

  it('says nothing of the route for another status', async () => {
    const error = await notFound('Rocket.Chat 7.2.0 or later', 400);
    expect((error as Error).message).toBe(`GET ${CHECK} answered HTTP 400: "${missing.error}" (attempt 1 of 3); see its body.`);
  });
});
