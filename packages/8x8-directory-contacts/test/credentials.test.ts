// Two keys in one header: searching sends the Contact Search key, and
// create, replace and delete send the Contact Management key, each alone.
// A real server on loopback records what each request carried.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ConfigurationError, createClient } from '../generated/client.gen.js';

const received: { method: string; url: string; headers: IncomingHttpHeaders }[] = [];
const server = createServer((request, response) => {
  received.push({ method: request.method!, url: request.url!, headers: request.headers });
  request.resume().on('end', () => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(request.method === 'GET' ? '{"data":[],"meta":{"hasMore":false,"scrollId":null}}' : request.method === 'DELETE' ? '' : '{"id":"2h_JNsaISleZWA36GRh3YQ","contactType":"company","customerId":"c"}');
  });
});
let baseUrl = '';
beforeAll(async () => {
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((closed) => server.close(() => closed())));

const contactId = '2h_JNsaISleZWA36GRh3YQ';
const body = { customerId: '0016C00000VM1BeQAL', lastName: 'Doe' };

it('sends each operation only its own key', async () => {
  received.length = 0;
  const client = createClient({ apiKey: 'management-key', searchApiKey: 'search-key', baseUrl });
  await client.GET('/contacts', { params: { query: { filter: 'lastName==Doe' } } });
  await client.POST('/contacts', { body });
  await client.PUT('/contacts/{contactId}', { params: { path: { contactId } }, body });
  await client.DELETE('/contacts/{contactId}', { params: { path: { contactId } } });
  expect(received.map(({ method, headers }) => [method, headers['x-api-key']])).toEqual([
    ['GET', 'search-key'],
    ['POST', 'management-key'],
    ['PUT', 'management-key'],
    ['DELETE', 'management-key'],
  ]);
});

it('searches with the search key alone, and refuses create before sending, naming apiKey', async () => {
  received.length = 0;
  const client = createClient({ searchApiKey: 'search-key', baseUrl });
  const { data } = await client.GET('/contacts');
  expect(data).toEqual({ data: [], meta: { hasMore: false, scrollId: null } });
  const create = client.POST('/contacts', { body });
  await expect(create).rejects.toThrow(ConfigurationError);
  await expect(create).rejects.toThrow(/apiKey/);
  expect(received.map(({ method }) => method)).toEqual(['GET']);
});

it('manages contacts with the management key alone, and refuses search before sending, naming searchApiKey', async () => {
  received.length = 0;
  const client = createClient({ apiKey: 'management-key', baseUrl });
  await client.DELETE('/contacts/{contactId}', { params: { path: { contactId } } });
  const search = client.GET('/contacts');
  await expect(search).rejects.toThrow(ConfigurationError);
  await expect(search).rejects.toThrow(/searchApiKey/);
  expect(received.map(({ method, headers }) => [method, headers['x-api-key']])).toEqual([['DELETE', 'management-key']]);
});

it('needs one of the two keys to be created at all', () => {
  expect(() => createClient({ baseUrl } as never)).toThrow(ConfigurationError);
});
