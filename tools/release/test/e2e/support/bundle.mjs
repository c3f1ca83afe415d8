// Bundles a consumer's browser entry with esbuild for the browser, as a web
// app's build would: `node bundle.mjs <entry> <outfile>`, run with the Node
// under test in the consumer project. Prints the bundle's inputs and size as
// JSON. A `node:` import, or any other module a browser cannot have, fails
// the build: platform "browser" resolves no Node built-in.
import { build } from 'esbuild';

const [entry, outfile] = process.argv.slice(2);
const result = await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: 'es2022',
  minify: true,
  metafile: true,
  logLevel: 'error',
});
const output = Object.values(result.metafile.outputs)[0];
console.log(JSON.stringify({ inputs: Object.keys(result.metafile.inputs), bytes: output.bytes, warnings: result.warnings.length }));
