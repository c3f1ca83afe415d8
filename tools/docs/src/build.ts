// `pnpm docs:build`: writes the reference pages to docs/dist/ at the repo root.
import { join, relative } from 'node:path';
import { repoRoot } from '@contactkit/codegen';
import { buildDocs } from './docs.ts';

const { indexPath, pages } = await buildDocs(join(repoRoot, 'docs', 'dist'));
for (const page of pages) console.log(`${page.name}: ${relative(repoRoot, page.path)}`);
console.log(`index: ${relative(repoRoot, indexPath)}`);
