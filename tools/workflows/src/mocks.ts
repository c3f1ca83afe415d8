import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Api, listApis } from '@contactkit/codegen';
import { createServer } from '@mswjs/http-middleware';
import type { RequestHandler } from 'msw';
import { openapiSources } from './arazzo.ts';

/** Mocks with records of every OpenAPI source of one Arazzo file. */
export interface WorkflowMocks {
  /** Mock base URL by source name, the shape `respect --server` takes. */
  servers: Record<string, string>;
  stop(): Promise<void>;
}

/** What a client package's `./msw` entry exports that the workflows use. */
interface MswEntry {
  handlers(baseUrl: string, options: { data: unknown }): RequestHandler[];
  createMockData(): unknown;
}

/** The built `./msw` entry of `api`'s package, as its package.json exports it. */
async function mswEntry(api: Api): Promise<MswEntry> {
  const manifest = JSON.parse(readFileSync(join(api.packageDir, 'package.json'), 'utf8')) as { exports: Record<string, { default: string }> };
  return (await import(pathToFileURL(join(api.packageDir, manifest.exports['./msw']!.default)).href)) as MswEntry;
}

/**
 * Serves each API's in-process mock with fresh records (its `./msw`
 * handlers with `createMockData()`) on loopback, so that a workflow reads
 * back what it created, as against the live API: a step can check that the
 * name it sent is the name it gets. Prism answers examples only, so it
 * cannot show that. Handlers are mounted at the root: respect calls
 * `<server><path>` for the `--server` URL given.
 */
export async function startMocks(file: string): Promise<WorkflowMocks> {
  const apis = listApis();
  const started: Server[] = [];
  const servers: Record<string, string> = {};
  const stop = async () => void (await Promise.all(started.map((server) => new Promise((resolve) => server.close(resolve)))));
  try {
    for (const source of openapiSources(file)) {
      const api = apis.find((one) => one.specPath === source.specPath);
      if (!api) {
        const known = apis.map((one) => one.specPath).join(', ');
        throw new Error(
          `${file}: source "${source.name}" points at ${source.specPath}, which is no API in redocly.yaml (known: ${known}). Point its url at the API's openapi.yaml.`,
        );
      }
      const { handlers, createMockData } = await mswEntry(api);
      // The middleware's types are msw's CommonJS ones, ours its ESM ones: the same classes, declared twice.
      const server = createServer(...(handlers('', { data: createMockData() }) as unknown as Parameters<typeof createServer>)).listen(0, '127.0.0.1');
      started.push(server);
      await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
      servers[source.name] = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { servers, stop };
}
