// The handlers with records (`handlers(baseUrl, { data: createMockData(seed) })`)
// in the page: a seeded contact read by id, and a contact created and read
// back by the id its create answered, for the APIs whose spec links the two.
import type { MockPage } from './page.ts';

/** The seeded contact of 8x8 Connect, as `createMockData()` takes it. */
export const connectContact = { id: 7, firstName: 'Ada', lastName: 'Lovelace', addresses: { msisdn: '447700900123' }, createdAt: '2024-01-02T03:04:05Z' };

/** The seeded contact of Rocket.Chat, as `createMockData()` takes it. */
export const chatContact = { _id: '674eeb4343725ce31dd9bd01', name: 'Ada Lovelace', emails: [{ address: 'ada@example.com' }], phones: [], unknown: false, channels: [] };

/** The seed of each API tested with records, by API name. */
export const seeds: Record<string, Record<string, unknown[]>> = {
  '8x8-connect-contacts': { Contact: [connectContact] },
  'rocketchat-omnichannel': { Contact: [chatContact] },
};

/** A connect account id the spec accepts. */
export const accountId = '0f8fad5b-d9cb-469f-a165-70867728950e';

/** Status and `data ?? error` of each step. */
type Step = { status: number; body: unknown };

/** What the round trips answered, step by step. */
export interface RecordAnswers {
  connect: { seeded: Step; created: Step; read: Step };
  chat: { seeded: Step; registered: Step; read: Step };
}

/**
 * Runs in the page (`page.evaluate(roundTrips, …)`), so it uses nothing but
 * its argument and `window`: each read waits for the create whose id it takes.
 */
export async function roundTrips({ accountId, chatSeedId }: { accountId: string; chatSeedId: string }): Promise<RecordAnswers> {
  const { recordsClient } = (window as unknown as { mockPage: MockPage }).mockPage;
  const step = async (sent: ReturnType<ReturnType<MockPage['recordsClient']>['request']>): Promise<Step> => {
    const { data, error, response } = await sent;
    return { status: response.status, body: data ?? error };
  };

  const connect = recordsClient('8x8-connect-contacts');
  const contactById = (contactId: unknown) => connect.request('GET', '/api/v1/accounts/{accountId}/contacts/{contactId}', { params: { path: { accountId, contactId: String(contactId) } } });
  const connectCreated = await step(connect.request('POST', '/api/v1/accounts/{accountId}/contacts', { params: { path: { accountId } }, body: { firstName: 'Grace', lastName: 'Hopper', addresses: { msisdn: '15550100' } } }));

  const chat = recordsClient('rocketchat-omnichannel');
  const chatContact = (contactId: unknown) => chat.request('GET', '/api/v1/omnichannel/contacts.get', { params: { query: { contactId } } });
  const registered = await step(chat.request('POST', '/api/v1/omnichannel/contacts', { body: { name: 'Grace Hopper', emails: [], phones: [] } }));

  return {
    connect: { seeded: await step(contactById(7)), created: connectCreated, read: await step(contactById((connectCreated.body as { id?: unknown }).id)) },
    chat: { seeded: await step(chatContact(chatSeedId)), registered, read: await step(chatContact((registered.body as { contactId?: unknown }).contactId)) },
  };
}
