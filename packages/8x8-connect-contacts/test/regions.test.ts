// The `region` option picks the server of the region an account is
// provisioned in, from the spec's servers; `baseUrl` still wins.
import { describe, expect, it } from 'vitest';
import { ConfigurationError, createClient, REGIONS } from '../generated/client.gen.js';

const accountId = '0f8fad5b-d9cb-469f-a165-70867728950e';

/** The URL the client asks for, caught before it leaves the process. */
async function urlAsked(options: Parameters<typeof createClient>[0]): Promise<string> {
  let asked = '';
  const client = createClient({ ...options, maxRetries: 0, fetch: async (request) => ((asked = request.url), new Response('{}', { status: 404 })) });
  await client.GET('/api/v1/accounts/{accountId}/groups/{groupId}', { params: { path: { accountId, groupId: 8199 } } });
  return asked;
}

describe('region', () => {
  it('names the four regions of the spec, Asia-Pacific first', () => {
    expect(REGIONS).toEqual({
      'asia-pacific': 'https://contacts.8x8.com',
      'north-america': 'https://contacts.us.8x8.com',
      europe: 'https://contacts.8x8.uk',
      indonesia: 'https://contacts.8x8.id',
    });
  });

  it.each(Object.entries(REGIONS))('%s sends requests to %s', async (region, url) => {
    expect(await urlAsked({ apiKey: 'k', region: region as keyof typeof REGIONS })).toBe(`${url}/api/v1/accounts/${accountId}/groups/8199`);
  });

  it('defaults to Asia-Pacific', async () => {
    expect(await urlAsked({ apiKey: 'k' })).toBe(`https://contacts.8x8.com/api/v1/accounts/${accountId}/groups/8199`);
  });

  it('gives way to baseUrl', async () => {
    expect(await urlAsked({ apiKey: 'k', region: 'europe', baseUrl: 'https://proxy.example.com' })).toBe(`https://proxy.example.com/api/v1/accounts/${accountId}/groups/8199`);
  });

  it('refuses a region the API has none of, listing those it has', () => {
    const create = () => createClient({ apiKey: 'k', region: 'mars' as 'europe' });
    expect(create).toThrow(ConfigurationError);
    expect(create).toThrow('region must be one of "asia-pacific", "north-america", "europe", "indonesia", or left out for the default (got "mars").');
  });
});
