import { describe, expect, it } from 'vitest';
import { ConfigurationError, type Credential, createApiClient } from '../src/index.js';
import { scriptedFetch } from './support/fakes.js';
import type { Paths } from './support/paths.js';

const bearer = (value: unknown): Credential => ({ option: 'apiKey', header: 'Authorization', scheme: 'Bearer', value });

describe('createApiClient', () => {
  it('sends requests to the default base URL with the credential header', async () => {
    const { calls, fetch } = scriptedFetch([]);
    const client = createApiClient<Paths>({ defaultBaseUrl: 'https://api.example.com/v3', credentials: [bearer('k1')] }, { fetch });
    const { data } = await client.GET('/things/{id}', { params: { path: { id: 'a b' } } });
    expect(data).toEqual({ id: 'ok' });
    expect(calls[0]?.request.url).toBe('https://api.example.com/v3/things/a%20b');
    expect(calls[0]?.request.headers.get('authorization')).toBe('Bearer k1');
  });

  it('prefers the caller’s baseUrl, without a trailing slash', async () => {
    const { calls, fetch } = scriptedFetch([]);
    const client = createApiClient<Paths>({ defaultBaseUrl: 'https://api.example.com', credentials: [] }, { baseUrl: 'http://127.0.0.1:9/', fetch });
    await client.GET('/things/{id}', { params: { path: { id: '1' } } });
    expect(calls[0]?.request.url).toBe('http://127.0.0.1:9/things/1');
  });

  it('sends every credential of a scheme that needs several, over the caller’s headers', async () => {
    const { calls, fetch } = scriptedFetch([]);
    const credentials: Credential[] = [
      { option: 'authToken', header: 'X-Auth-Token', value: 'token' },
      { option: 'userId', header: 'X-User-Id', value: 'user' },
    ];
    const client = createApiClient<Paths>({ defaultBaseUrl: 'https://chat.example.com', credentials }, { fetch, headers: { 'X-Auth-Token': 'other', 'X-Trace': '1' } });
    await client.GET('/things/{id}', { params: { path: { id: '1' } } });
    const headers = calls[0]?.request.headers;
    expect([headers?.get('x-auth-token'), headers?.get('x-user-id'), headers?.get('x-trace')]).toEqual(['token', 'user', '1']);
  });

  it.each([
    { name: 'a missing credential', value: undefined, message: 'apiKey must be a non-empty string: createClient({ apiKey }) (got undefined).' },
    { name: 'an empty credential', value: '  ', message: 'apiKey must be a non-empty string: createClient({ apiKey }) (got blanks).' },
    { name: 'a credential that is not a string', value: 42, message: 'apiKey must be a non-empty string: createClient({ apiKey }) (got number).' },
  ])('refuses $name, naming the option', ({ value, message }) => {
    const create = () => createApiClient<Paths>({ defaultBaseUrl: 'https://api.example.com', credentials: [bearer(value)] });
    expect(create).toThrow(ConfigurationError);
    expect(create).toThrow(message);
  });

  it.each([
    { name: 'no base URL for a self-hosted API', baseUrl: undefined, message: 'baseUrl must be an absolute http(s) URL, e.g. "https://api.example.com" (got "").' },
    { name: 'a relative base URL', baseUrl: 'api.example.com', message: /absolute http\(s\) URL.*\(got "api.example.com"\)/ },
    { name: 'a base URL that is not http', baseUrl: 'ftp://api.example.com', message: /absolute http\(s\) URL.*\(got "ftp:\/\/api.example.com"\)/ },
  ])('refuses $name', ({ baseUrl, message }) => {
    const create = () => createApiClient<Paths>({ credentials: [] }, baseUrl === undefined ? {} : { baseUrl });
    expect(create).toThrow(ConfigurationError);
    expect(create).toThrow(message);
  });

  it('never repeats a credential in its errors', () => {
    const secret = 'do-not-print-me';
    try {
      createApiClient<Paths>({ credentials: [bearer(secret)] }, { baseUrl: 'nope' });
      expect.unreachable('createApiClient should have thrown');
    } catch (error) {
      expect(String(error)).not.toContain(secret);
      expect(JSON.stringify(error)).not.toContain(secret);
    }
  });
});
