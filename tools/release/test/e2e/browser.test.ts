// Two clients bundled for the browser by esbuild, from each consumer
// project's node_modules, and run in headless Chromium against a loopback
// stand-in of their APIs on another origin (so CORS preflights happen).
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
  '@contactkit/mintlify-sandbox': { api: 'mintlify-sandbox', template: '/contact/{id}' },
  '@contactkit/rocketchat-omnichannel': { api: 'rocketchat-omnichannel', template: '/api/v1/omnichannel/contact' },
};
const clients = Object.keys(calls) as (keyof typeof calls)[];
const cells = managers.flatMap((manager) => nodes.map((node) => [`installed with ${manager}, esbuild run on Node ${node.major}`, manager, node] as const));

/** The packages a bundle's inputs came from, e.g. `openapi-fetch`, `@contactkit/runtime`. */
function packagesOf(inputs: string[]): string[] {
  const names = inputs.flatMap((input) => /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? []);
  return [...new Set(names)].sort();
}

describe.skipIf(skipReason)(`${clients.join(' + ')} bundled for the browser`, () => {
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
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

    beforeAll(async () => {
      api = await serveExamples(Object.fromEntries(clients.map((client) => [calls[client].api, installedSpecPath(dir(), client)])));
    });
    afterAll(() => api?.close());

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
      const page = await chromium.context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      try {
        const query = new URLSearchParams(clients.map((client) => [calls[client].api, api.baseUrl(calls[client].api)]));
        await page.goto(`${site.origin}/${basename(dir())}/${basename(out)}/index.html?${query}`);
        const contacts = await page.evaluate(() => (window as unknown as { contacts: Promise<unknown> }).contacts);
        expect(contacts).toEqual(
          Object.fromEntries(clients.map((client) => [calls[client].api, documentedExample(dir(), client, 'GET', calls[client].template)])),
        );
        expect(problems).toEqual([]);
        expect(api.received.map(({ api: name, method, headers }) => [name, method, headers.origin])).toEqual(
          expect.arrayContaining(clients.map((client) => [calls[client].api, 'GET', site.origin])),
        );
      } finally {
        await page.close();
      }
    });
  });
});
