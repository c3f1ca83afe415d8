// Rocket.Chat's own examples that the spec does not show as they are, each
// with what Rocket.Chat's server does with it. Requests the server refuses by
// their shape are refused by the mock and by requestValidation() too; those it
// refuses only after looking something up pass both (the spec gives ids no
// fixed shape, so it cannot tell a username from a user id, or know whether
// an agent exists). Answers whose text misleads, or in the shapes of earlier
// servers, still fit their schema.
import { violationsOf } from '@contactkit/mock-tools';
import { describe, expect, inject, it } from 'vitest';
import { createClient } from '../generated/client.gen.js';
import { requestValidation, ValidationError } from '../generated/validation.gen.js';
import { validators } from '../generated/validators.gen.js';

type Call = { method: 'GET' | 'POST'; path: string; query?: Record<string, unknown>; body?: unknown };

function clients() {
  const sent: Request[] = [];
  const options = { authToken: 'test-auth-token', userId: 'test-user-id', baseUrl: inject('mockUrl') };
  const plain = createClient(options);
  const validating = createClient({ ...options, fetch: (request) => (sent.push(request), fetch(request)) });
  validating.use(requestValidation());
  return { plain, validating, sent };
}

const send = (client: ReturnType<typeof createClient>, { method, path, query, body }: Call) =>
  // The vendor's examples are outside the typed surface on purpose.
  client.request(method, path as never, { params: { query }, body } as never);

describe("Rocket.Chat's examples its server refuses by their shape", () => {
  it.each([
    {
      name: "POST contacts Example 1, which misspells customFields as customFileds (every key must be known)",
      call: { method: 'POST', path: '/api/v1/omnichannel/contacts', body: { name: 'John Doe', emails: ['john.doe@example.com'], phones: ['+1367895436'], customFileds: { 'zip-code': '10001' } } },
      at: 'body.customFileds',
      names: 'customFileds',
    },
    {
      name: 'contact.search with custom as fieldName=value (the server parses it as JSON)',
      call: { method: 'GET', path: '/api/v1/omnichannel/contact.search', query: { custom: 'fieldName=value' } },
      at: 'query.custom',
      names: 'pattern',
    },
    {
      name: 'GET contact with the parameter named "contactId " as the removed description had it (contactId is then missing)',
      call: { method: 'GET', path: '/api/v1/omnichannel/contact', query: { 'contactId ': '653f9ce1a2f73c7460e18e82' } },
      at: 'query.contactId',
      names: 'contactId',
    },
  ] satisfies { name: string; call: Call; at: string; names: string }[])('$name: refused by the mock and by requestValidation()', async ({ call, at, names }) => {
    const { plain, validating, sent } = clients();
    const { response, error } = await send(plain, call);
    expect(response.ok).toBe(false);
    // Prism names query parameters in lower case.
    expect(JSON.stringify(violationsOf(response, error)).toLowerCase()).toContain(names.toLowerCase());

    const refused = await send(validating, call).then(() => undefined, (thrown: unknown) => thrown);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).issues.map((issue) => issue.at)).toContain(at);
    expect((refused as ValidationError).message).toContain(names);
    expect(sent).toHaveLength(0);
  });
});

describe("Rocket.Chat's examples its server refuses only after a lookup", () => {
  it.each([
    {
      name: 'contacts.conflicts with contactManager a username (test.agent); the server looks agents up by user id',
      call: { method: 'POST', path: '/api/v1/omnichannel/contacts.conflicts', body: { contactId: '673c76df47a6c9b89dd263d8', name: 'John Doe', contactManager: 'test.agent' } },
    },
    {
      name: 'POST contacts with contactManager 67dfghjkjhgfdce31dd9bdae, a placeholder no agent has',
      call: { method: 'POST', path: '/api/v1/omnichannel/contacts', body: { name: 'John Doe', emails: [], phones: [], contactManager: '67dfghjkjhgfdce31dd9bdae' } },
    },
    {
      name: 'contacts.checkExistence with a contactId and an email at once; the server takes exactly one',
      call: { method: 'GET', path: '/api/v1/omnichannel/contacts.checkExistence', query: { contactId: '673c76df47a6c9b89dd263d8', email: 'example@mail.com' } },
    },
  ] satisfies { name: string; call: Call }[])('$name: passes the mock and requestValidation()', async ({ call }) => {
    const { plain, validating, sent } = clients();
    const { response, error } = await send(plain, call);
    expect({ ok: response.ok, violations: violationsOf(response, error) }).toEqual({ ok: true, violations: [] });
    await send(validating, call);
    expect(sent).toHaveLength(1);
  });
});

describe("Rocket.Chat's answers whose text misleads, or in shapes of earlier servers", () => {
  type Validate = (body: unknown) => boolean;
  const validatorOf = (key: keyof typeof validators, status: number) => (validators[key].responses as unknown as Record<number, Validate>)[status]!;

  it.each([
    {
      name: "contacts.update's 400 that names emails, which this operation does not require",
      key: 'POST /api/v1/omnichannel/contacts.update',
      status: 400,
      body: { success: false, error: "must have required property 'emails' [invalid-params]", errorType: 'invalid-params' },
    },
    {
      name: "contact.search's 400, described there with the permission error's body",
      key: 'GET /api/v1/omnichannel/contact.search',
      status: 400,
      body: { success: false, error: 'User does not have the permissions required for this action [error-unauthorized]' },
    },
    {
      name: 'contacts.channels as the pull request that added it showed a channel, its visitor id flat',
      key: 'GET /api/v1/omnichannel/contacts.channels',
      status: 200,
      body: { channels: [{ name: 'widget', visitorId: '234567987655weygcbg', blocked: false, verified: false }], success: true },
    },
    {
      name: 'contacts.get with a conflicting field as older servers wrote it (oldValue and newValue)',
      key: 'GET /api/v1/omnichannel/contacts.get',
      status: 200,
      body: { contact: { _id: '673c76df47a6c9b89dd263d8', name: 'John Doe', conflictingFields: [{ field: 'name', oldValue: 'John', newValue: 'John Doe' }] }, success: true },
    },
  ] as const)('$name: fits its schema', ({ key, status, body }) => {
    expect(validatorOf(key, status)(body)).toBe(true);
    expect(validatorOf(key, status)({ ...body, success: !body.success })).toBe(false);
  });
});
