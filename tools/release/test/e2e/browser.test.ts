// Two clients bundled for the browser by esbuild, from each consumer
// project's node_modules, and run in headless Chromium against a loopback
// stand-in of their APIs on another origin (so CORS preflights happen), whose
// CORS policy allows only the request headers each API documents.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchChromium, skipReason } from '@contactkit/docs/test/browser';
import { type StaticServer, serveStatic } from '@contactkit/docs/test/static-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExampleApi, serveExamples } from './support/example-api.ts';
import { managers, nodes, project, runWith } from './support/matrix.ts';
import { documentedExample, installedSpecPath } from './support/spec.ts';

const bundleScript = join(dirname(fileURLToPath(import.meta.url)), 'support/bundle.mjs');
// What browser.mjs calls, per client: the operation whose documented example it must get.
const calls = {
  '@contactkit/mintlify-sandbox': { api: 'mintlify-sandbox', template: '/contacts/{id}' },
  '@contactkit/rocketchat-omnichannel': { api: 'rocketchat-omnichannel', template: '/api/v1/omnichannel/contacts.get' },
};
const clients = Object.keys(calls) as (keyof typeof calls)[];
// What `window.sandboxContactWith` of browser.mjs calls, and the header it adds that no API documents.
const sandboxContactPath = '/contacts/550e8400-e29b-41d4-a716-446655440000';
const undocumentedHeader = { 'X-Client': 'contactkit-e2e/0.0.0' };
const cells = managers.flatMap((manager) => nodes.map((node) => [`installed with ${manager}, esbuild run on Node ${node.major}`, manager, node] as const));

type Chromium = Awaited<ReturnType<typeof launchChromium>>;
type Page = Awaited<ReturnType<Chromium['context']['newPage']>>;

/** How `window.sandboxContactWith` of browser.mjs settled. */
interface CallOutcome {
  rejected: boolean;
  name?: string;
  /** Whether the error is the client's own `NetworkError` class. */
  networkError?: boolean;
  message?: string;
}

/** The packages a bundle's inputs came from, e.g. `openapi-fetch`, `@contactkit/runtime`. */
function packagesOf(inputs: string[]): string[] {
  const names = inputs.flatMap((input) => /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? []);
  return [...new Set(names)].sort();
}

describe.skipIf(skipReason)(`${clients.join(' + ')} bundled for the browser`, () => {
  let chromium: Chromium;
  // One origin for every project's page, closed after the browser: Chromium keeps connections open until it exits.
  let site: StaticServer;

  beforeAll(async () => {
    site = await serveStatic(dirname(project('three-clients', managers[0]!).dir));
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await site?.close();
  });

  describe.each(cells)('%s', (_, manager, node) => {
    const { major } = node;
    const dir = () => project('three-clients', manager).dir;
    let api: ExampleApi;
    // Loaded by the first test, and evaluated again by the second: one page per cell.
    let page: Page | undefined;

    beforeAll(async () => {
      api = await serveExamples(Object.fromEntries(clients.map((client) => [calls[client].api, installedSpecPath(dir(), client)])));
    });
    afterAll(async () => {
      await page?.close();
      await api?.close();
    });

    it('esbuild --platform=browser bundles browser.mjs with no node: import, and Chromium gets both documented contacts from another origin', async () => {
      const out = join(dir(), `browser-node${major}`);
      const { stdout } = await runWith(node, dir(), [bundleScript, 'browser.mjs', join(out, 'browser.js')]);
      const bundle = JSON.parse(stdout) as { inputs: string[]; bytes: number; warnings: number };
      expect(bundle.warnings).toBe(0);
      expect(bundle.inputs.filter((input) => input.startsWith('node:') || input.includes('(disabled)'))).toEqual([]);
      const packages = packagesOf(bundle.inputs);
      expect(packages).toEqual(expect.arrayContaining([...clients, '@contactkit/runtime', 'openapi-fetch']));
      expect(packages.filter((name) => name === '@contactkit/mock' || name.startsWith('@stoplight/'))).toEqual([]);
      const gzipped = gzipSync(readFileSync(join(out, 'browser.js'))).length;
      console.log(`browser bundle (${manager}, esbuild on Node ${major}): ${bundle.bytes} B minified, ${gzipped} B gzipped, from ${packages.join(', ')}`);

      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, 'index.html'), '<!doctype html>\n<title>contactkit in a browser</title>\n<link rel="icon" href="data:,">\n<script type="module" src="browser.js"></script>\n');
      page = await chromium.context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      const query = new URLSearchParams(clients.map((client) => [calls[client].api, api.baseUrl(calls[client].api)]));
      await page.goto(`${site.origin}/${basename(dir())}/${basename(out)}/index.html?${query}`);
      const contacts = await page.evaluate(() => (window as unknown as { contacts: Promise<unknown> }).contacts).catch((error: Error) => error);
      // Checked first: a refused preflight names the header, where the page only gets a NetworkError.
      expect(api.refused, 'preflights that asked for a header the API does not document').toEqual([]);
      expect(contacts).toEqual(
        Object.fromEntries(clients.map((client) => [calls[client].api, documentedExample(dir(), client, 'GET', calls[client].template)])),
      );
      expect(problems).toEqual([]);
      expect(api.received.map(({ api: name, method, headers }) => [name, method, headers.origin])).toEqual(
        expect.arrayContaining(clients.map((client) => [calls[client].api, 'GET', site.origin])),
      );
    });

    // Proves the check above can fail: the stand-in's policy is enforced by the browser, not only declared.
    it('a header the API does not document (X-Client, through the headers option) is refused by Chromium: the call rejects with NetworkError and the stand-in names the header', async () => {
      if (!page) throw new Error('No page to evaluate: the test above failed before loading it.');
      const [reached, refused] = [api.received.length, api.refused.length];
      const outcome = await page.evaluate(
        (headers) => (window as unknown as { sandboxContactWith(headers: Record<string, string>): Promise<CallOutcome> }).sandboxContactWith(headers),
        undocumentedHeader,
      );
      expect(outcome).toMatchObject({ rejected: true, name: 'NetworkError', networkError: true });
      expect(api.refused.slice(refused)).toEqual([{ api: calls['@contactkit/mintlify-sandbox'].api, method: 'GET', path: sandboxContactPath, headers: ['x-client'] }]);
      expect(api.received.length, 'requests that reached the stand-in after the refused preflight').toBe(reached);
    });
  });
});
