// Each client's `./msw` handlers in a browser: registered with msw's
// `setupWorker`, answered by its service worker, and called through the
// package's own client in headless Chromium, as a user's app or component
// test would. The Node side of the same promises is each package's msw test.
import { listApis } from '@contactkit/codegen';
import { launchChromium, skipReason } from '@contactkit/docs/test/browser';
import type { StaticServer } from '@contactkit/docs/test/static-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCases, type Case } from '../src/cases.ts';
import { accountId, chatContact, connectContact, type RecordAnswers, roundTrips, seeds } from '../src/records.ts';
import type { Answer } from '../src/requests.ts';
import { servePage } from '../src/serve-page.ts';

// A host of its own per API, so no handler answers another API's request.
const apis = listApis().map((api) => apiCases(api, `https://${api.name}.example.com`));
const answers = new Map<Case<unknown>, Answer>();
let records: RecordAnswers;
const answerTo = (sent: Case<unknown>) => answers.get(sent) ?? expect.fail(`the page sent no request for ${sent.label}`);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A test of one case. */
function check(sent: Case<unknown>, promise: string, test: () => void) {
  it(`${sent.label}: ${promise}`, test);
}

describe.skipIf(skipReason)(`msw handlers in Chromium through setupWorker${skipReason ? ` (${skipReason})` : ''}`, () => {
  let server: StaticServer;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await servePage(listApis());
    browser = await launchChromium();
    // msw's worker answers a request no handler matches with an error itself;
    // anything that still reaches the network is refused, so none leaves for a real host.
    await browser.context.route(
      (url) => url.origin !== server.origin,
      (route) => route.abort(),
    );
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server.origin}/`);
    // Handlers with records answer under a host of their own beside each API's stateless ones.
    const config = apis.map(({ name, baseUrl, options }) => [name, { baseUrl, options, ...(seeds[name] ? { records: { baseUrl: `https://records.${name}.example.com`, seed: seeds[name] } } : {}) }]);
    await page.evaluate((config) => window.mockPage.start(config), Object.fromEntries(config));

    // Every request in two round trips: through the clients, then bare.
    const throughClients = apis.flatMap(({ documented, forbidden }) => [...documented, ...forbidden]);
    const bare = apis.flatMap(({ unauthenticated }) => unauthenticated);
    const [clientAnswers, bareAnswers] = await page.evaluate(
      async ([sent, fetched]) => [await window.mockPage.send(sent), await window.mockPage.fetch(fetched)] as const,
      [throughClients.map(({ request }) => request), bare.map(({ request }) => request)] as const,
    );
    throughClients.forEach((sent, index) => answers.set(sent, clientAnswers[index]!));
    bare.forEach((sent, index) => answers.set(sent, bareAnswers[index]!));
    records = await page.evaluate(roundTrips, { accountId, chatSeedId: chatContact._id });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads the page without an error', () => {
    expect(pageErrors).toEqual([]);
  });

  for (const { name, documented, forbidden, unauthenticated } of apis) {
    describe(name, () => {
      for (const sent of documented) {
        check(sent, 'answered as documented through the client', () => {
          const { status, body, violations, thrown } = answerTo(sent);
          expect({ status, body, violations, thrown }).toEqual({ status: sent.status, body: sent.body, violations: undefined, thrown: undefined });
        });
      }

      for (const sent of forbidden) {
        check(sent, 'refused, naming the field and the rule', () => {
          const { status, violations, thrown } = answerTo(sent);
          expect({ status, thrown }).toEqual({ status: sent.status, thrown: undefined });
          // The handlers name the field itself where the spec states the rule on its
          // parent: a missing `body.name` for `required` on `body`, the unlisted
          // property for `additionalProperties`.
          const { at, rule } = sent.violation!;
          expect(violations).toContainEqual(expect.objectContaining({ rule, at: expect.stringMatching(new RegExp(`^${escapeRegExp(at)}(\\.|$)`, 'i')) }));
        });
      }

      for (const sent of unauthenticated) {
        check(sent, 'the documented 401', () => {
          const { status, body, thrown } = answerTo(sent);
          expect({ status, body, thrown }).toEqual({ status: 401, body: sent.body, thrown: undefined });
        });
      }
    });
  }

  describe('with records (createMockData)', () => {
    it('8x8-connect-contacts: answers a read of the seeded contact with it', () => {
      expect(records.connect.seeded).toEqual({ status: 200, body: expect.objectContaining(connectContact) });
    });

    it('8x8-connect-contacts: reads back by its id the contact createContact stored, with the firstName sent', () => {
      const { created, read } = records.connect;
      expect(created).toEqual({ status: 201, body: expect.objectContaining({ id: expect.any(Number), firstName: 'Grace' }) });
      expect(read).toEqual({ status: 200, body: expect.objectContaining({ id: (created.body as { id: number }).id, firstName: 'Grace', addresses: { msisdn: '15550100' } }) });
    });

    it('rocketchat-omnichannel: answers a read of the seeded contact with it', () => {
      expect(records.chat.seeded).toEqual({ status: 200, body: { contact: chatContact, success: true } });
    });

    it('rocketchat-omnichannel: reads back by its id the contact registerContact stored, with the name sent', () => {
      const { registered, read } = records.chat;
      expect(registered).toEqual({ status: 200, body: expect.objectContaining({ contactId: expect.stringMatching(/^[0-9a-f]{24}$/), success: true }) });
      expect(read).toEqual({ status: 200, body: expect.objectContaining({ contact: expect.objectContaining({ _id: (registered.body as { contactId: string }).contactId, name: 'Grace Hopper' }) }) });
    });
  });
});
