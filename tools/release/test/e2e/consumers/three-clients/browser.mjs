// A web page's script, bundled for the browser: gets one contact from each of
// two APIs, at the base URLs the page's query string gives, and leaves the
// contacts (or the error) on `window.contacts`, a promise. For a check that
// the browser enforces the API's CORS policy, `window.sandboxContactWith`
// makes the first call again with extra headers.
import { createClient as createSandboxClient, NetworkError } from '@contactkit/mintlify-sandbox';
import { createClient as createChatClient } from '@contactkit/rocketchat-omnichannel';

const query = new URLSearchParams(location.search);
const sandbox = createSandboxClient({ token: 'e2e-token', baseUrl: query.get('mintlify-sandbox') });
const chat = createChatClient({ authToken: 'e2e-token', userId: 'e2e-user', baseUrl: query.get('rocketchat-omnichannel') });

async function dataOf(request) {
  const { data, error } = await request;
  if (error) throw new Error(`the API answered with an error: ${JSON.stringify(error)}`);
  return data;
}

window.contacts = Promise.all([
  dataOf(sandbox.GET('/contacts/{id}', { params: { path: { id: '550e8400-e29b-41d4-a716-446655440000' } } })),
  dataOf(chat.GET('/api/v1/omnichannel/contacts.get', { params: { query: { contactId: '673c76df47a6c9b89dd263d8' } } })),
]).then(([sandboxContact, chatContact]) => ({ 'mintlify-sandbox': sandboxContact, 'rocketchat-omnichannel': chatContact }));

// No retry: a refused preflight is refused again, and one refusal is the answer.
window.sandboxContactWith = async (headers) => {
  const client = createSandboxClient({ token: 'e2e-token', baseUrl: query.get('mintlify-sandbox'), headers, maxRetries: 0 });
  try {
    await client.GET('/contacts/{id}', { params: { path: { id: '550e8400-e29b-41d4-a716-446655440000' } } });
    return { rejected: false };
  } catch (error) {
    return { rejected: true, name: error?.name, networkError: error instanceof NetworkError, message: String(error?.message) };
  }
};
