import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listApis } from '@contactkit/codegen';
import { redoclyAsync } from '@contactkit/codegen/redocly';
import { renderIndex, type IndexEntry } from './index-page.ts';
import { referenceDocument } from './requirements.ts';
import { bundleSpec } from './spec.ts';

export { bundleSpec, documentedOperations, type BundledSpec, type DocumentedOperation } from './spec.ts';

/** What `buildDocs` wrote: one page per API plus the index. */
export interface BuiltDocs {
  indexPath: string;
  pages: (IndexEntry & { path: string })[];
}

/**
 * Builds `<api>.html` for every API in `redocly.yaml` and an `index.html` linking them, into `outDir`.
 * Each page is built from the API's bundle with what each operation needs of
 * the server written into its description (see {@link referenceDocument}).
 * Each Redocly run is a Node process that mostly starts up, so all of them run at once.
 */
export async function buildDocs(outDir: string): Promise<BuiltDocs> {
  mkdirSync(outDir, { recursive: true });
  const pages = await Promise.all(
    listApis().map(async ({ name }) => {
      const path = join(outDir, `${name}.html`);
      const spec = await bundleSpec(name);
      const dir = await mkdtemp(join(tmpdir(), 'contactkit-docs-page-'));
      try {
        const input = join(dir, `${name}.json`);
        await writeFile(input, JSON.stringify(referenceDocument(name, spec)));
        // --inlineBundle embeds Redoc in the page: it then renders offline and
        // loads nothing from Redocly's CDN when a reader opens it.
        const result = await redoclyAsync(['build-docs', input, '--output', path, '--inlineBundle']);
        if (!result.ok) {
          throw new Error(`redocly build-docs ${name} failed; run "pnpm lint" to see what is wrong with its spec.\n${result.stderr}`);
        }
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
      const { title, version } = spec.info;
      return { name, title, version, path };
    }),
  );
  const indexPath = join(outDir, 'index.html');
  writeFileSync(indexPath, renderIndex(pages));
  return { indexPath, pages };
}
