// Credentials go only over TLS or to this machine: a plain-http base URL
// elsewhere is refused before anything is sent, unless the user opts in by
// name to the risk.
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../src/index.js';
import { scriptedFetch, testClient } from './support/fakes.js';
import type { Paths } from './support/paths.js';

const credentials = [{ option: 'apiKey', header: 'Authorization', scheme: 'Bearer', value: 'secret-key' }];

function send(baseUrl: string, options: { dangerouslyAllowCredentialsOverHttp?: boolean; withCredentials?: boolean } = {}) {
  const fake = scriptedFetch([]);
  const create = () =>
    testClient<Paths>({ credentials: options.withCredentials === false ? [] : credentials }, { baseUrl, fetch: fake.fetch, dangerouslyAllowCredentialsOverHttp: options.dangerouslyAllowCredentialsOverHttp });
  return { create, sent: fake.calls };
}

describe('credentials over plain http', () => {
  it.each(['http://api.example.com', 'http://10.0.0.7:8080', 'HTTP://contacts.example.org/v1'])('refuses %s before sending anything, naming baseUrl and the opt-in', (baseUrl) => {
    const { create, sent } = send(baseUrl);
    expect(create).toThrow(ConfigurationError);
    expect(create).toThrow(`baseUrl must be an https: URL, since the client sends credentials (plain http is allowed only to loopback, or with \`dangerouslyAllowCredentialsOverHttp: true\`) (got "${baseUrl}").`);
    expect(sent).toEqual([]);
  });

  it.each(['https://api.example.com', 'http://127.0.0.1:4010', 'http://localhost:4010', 'http://[::1]:4010', 'http://mock.localhost'])('sends them to %s', async (baseUrl) => {
    const { create, sent } = send(baseUrl);
    await create().GET('/things/{id}', { params: { path: { id: '1' } } });
    expect(sent[0]?.request.headers.get('authorization')).toBe('Bearer secret-key');
  });

  it('sends them over plain http to another host only with dangerouslyAllowCredentialsOverHttp: true', async () => {
    const { create, sent } = send('http://api.example.com', { dangerouslyAllowCredentialsOverHttp: true });
    await create().GET('/things/{id}', { params: { path: { id: '1' } } });
    expect(sent[0]?.request.url).toBe('http://api.example.com/things/1');
  });

  it('lets an API without credentials be called over plain http', async () => {
    const { create, sent } = send('http://api.example.com', { withCredentials: false });
    await create().GET('/things/{id}', { params: { path: { id: '1' } } });
    expect(sent.length).toBe(1);
  });
});
