// The test page as a user's app would ship it: the clients bundled for the
// browser, beside msw's service worker, copied in as `npx msw init <public dir>`
// does, both served from loopback.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Api } from '@contactkit/codegen';
import { serveStatic, type StaticServer } from '@contactkit/docs/test/static-server';
import { build } from 'esbuild';

const toolDir = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);

const packageName = (api: Api) => (JSON.parse(readFileSync(join(api.packageDir, 'package.json'), 'utf8')) as { name: string }).name;

/** The page's entry: each API's client, handlers and records imported by package name, as a user imports them. */
function entryOf(apis: readonly Api[]): string {
  const packages = apis.map((api, index) => ({ api: api.name, index, name: packageName(api) }));
  return [
    `import { installPage } from ${JSON.stringify(join(toolDir, 'src', 'page.ts'))};`,
    ...packages.flatMap(({ index, name }) => [`import * as client${index} from '${name}';`, `import * as msw${index} from '${name}/msw';`]),
    `installPage({ ${packages.map(({ api, index }) => `${JSON.stringify(api)}: { createClient: client${index}.createClient, handlers: msw${index}.handlers, createMockData: msw${index}.createMockData }`).join(', ')} });`,
  ].join('\n');
}

/** Bundles the page for `apis` and serves it with `mockServiceWorker.js` on 127.0.0.1 and a free port. */
export async function servePage(apis: readonly Api[]): Promise<StaticServer> {
  const { dependencies } = JSON.parse(readFileSync(join(toolDir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const missing = apis.map(packageName).filter((name) => !(name in dependencies));
  if (missing.length) {
    throw new Error(`tools/msw-browser/package.json does not depend on ${missing.join(', ')}: add each as "workspace:*" (\`pnpm new-api\` does) and run \`pnpm install\`.`);
  }
  const root = mkdtempSync(join(tmpdir(), 'contactkit-msw-page-'));
  try {
    await build({
      stdin: { contents: entryOf(apis), resolveDir: toolDir, sourcefile: 'entry.ts', loader: 'ts' },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      outfile: join(root, 'page.js'),
      logLevel: 'silent',
    }).catch((error: Error) => {
      throw new Error(`Bundling the test page failed; are the client packages built (\`pnpm build\`)?\n${error.message}`);
    });
    copyFileSync(require.resolve('msw/mockServiceWorker.js'), join(root, 'mockServiceWorker.js'));
    writeFileSync(join(root, 'index.html'), '<!doctype html>\n<title>contactkit msw</title>\n<script type="module" src="/page.js"></script>\n');
    const server = await serveStatic(root);
    return {
      origin: server.origin,
      async close() {
        await server.close();
        rmSync(root, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}
