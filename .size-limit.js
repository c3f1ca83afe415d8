// Size budget of every client's main entry, bundled and minified with its
// dependencies (openapi-fetch and @contactkit/runtime), gzipped (not brotli:
// the budget is stated in gzip). The list of
// packages comes from the tree.
import { readdirSync, readFileSync } from 'node:fs';

const LIMIT = '4 kB';

export default readdirSync('packages', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'runtime')
  .map(({ name }) => ({
    name: JSON.parse(readFileSync(`packages/${name}/package.json`, 'utf8')).name,
    path: `packages/${name}/dist/index.js`,
    import: '{ createClient }',
    limit: LIMIT,
    gzip: true,
  }));
