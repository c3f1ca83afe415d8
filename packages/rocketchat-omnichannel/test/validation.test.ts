// Opt-in validation refuses, before sending, the empty texts Rocket.Chat
// refuses where it wants a non-empty one. The mock cannot show these: to it,
// an empty query value is no value at all.
import { describe, expect, it } from 'vitest';
import { createClient } from '../generated/client.gen.js';
import { requestValidation, ValidationError } from '../generated/validation.gen.js';

function validatingClient() {
  const sent: Request[] = [];
  const client = createClient({ authToken: 'test-auth-token', userId: 'test-user-id', baseUrl: 'http://127.0.0.1:9', fetch: async (request) => (sent.push(request), new Response('{}')) });
  client.use(requestValidation());
  return { client, sent };
}

const refusal = (call: Promise<unknown>) => call.then(() => undefined, (thrown: unknown) => thrown);

describe('requestValidation', () => {
  it.each([
    { name: 'contacts.get', path: '/api/v1/omnichannel/contacts.get', query: { contactId: '' }, at: 'query.contactId' },
    { name: 'contacts.channels', path: '/api/v1/omnichannel/contacts.channels', query: { contactId: '' }, at: 'query.contactId' },
    { name: 'contacts.checkExistence', path: '/api/v1/omnichannel/contacts.checkExistence', query: { phone: '' }, at: 'query.phone' },
  ] as const)('refuses an empty $at on $name without sending it', async ({ path, query, at }) => {
    const { client, sent } = validatingClient();
    const error = await refusal(client.GET(path, { params: { query } } as never));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toContainEqual(expect.objectContaining({ at, rule: 'minLength' }));
    expect(sent).toHaveLength(0);
  });

  it('sends the legacy GET with an empty visitor id, which its server answers as not found', async () => {
    const { client, sent } = validatingClient();
    await client.GET('/api/v1/omnichannel/contact', { params: { query: { contactId: '' } } });
    expect(sent).toHaveLength(1);
  });
});
