// Size of every client's main entry, bundled and minified with its
// dependencies (openapi-fetch and @contactkit/runtime), gzipped. The clients
// are the packages that ship a bundled spec; their entries come from their
// package.json.
//
// The goal is 5 kB; openapi-fetch alone, measured last as a reference, is
// 2.6 kB of it. With the whole error model in the main entry (body read and
// parsed inside the retries, errors by status family with their fields,
// strict Retry-After, declared 2xx failures, per-call options, the TLS check)
// the clients measured 6.76–7.13 kB. Credentials per operation (each call
// sends only those its operation's security names, and a call that lacks
// them is refused naming them) added about 0.45 kB: 7.20–7.56 kB. The limit
// guards that figure against growth while the goal stays open. Throttling and response validation are in
// opt-in entries and not counted here.
//
// Paging is an opt-in entry too, measured on its own: what a client that
// pages adds (the loop, its checks of each page and the errors it throws),
// 1.31 kB when it was added. Its second form, paging by offset (limit/offset
// APIs with an envelope: the page number, page count and totals checked on
// every page, and the spec's own checks), brought it to 2.16 kB.
//
// Waiting for jobs (the poll entry) is measured on its own as well: the wait
// loop, its checks and messages and the job errors, with the Retry-After
// parser and the error classes it shares with the main entry, 2.85 kB when
// it was added.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Each operation adds its facts too (its method and path, JSON statuses,
// declared failures, the server it needs or is served at): Rocket.Chat's 13
// operations, with the first server version of each and the sentence a 404
// adds for it, measured 7.72 kB; callab.ai, with an operation served apart
// from the base URL, 7.74 kB.
const LIMIT = '7.9 kB';

// A client whose API takes a file upload (a multipart/form-data body) also
// ships the runtime's form serializer, formDataOf: 0.26 kB when it came, with
// the messages that name a part it cannot send. Its allowance is that much,
// and only such clients get it; they are found by the serializer's import in
// their generated client. (8x8 Connect measured 7.86 kB with it.)
const UPLOAD_LIMIT = '8 kB';
const hasUpload = (dir) => readFileSync(`${root}${dir}/generated/client.gen.ts`, 'utf8').includes('formDataOf');

// Paths are relative to the repo's root, where size-limit runs; the folder is
// read from there too, so that a package's own checks can import this list.
const root = fileURLToPath(new URL('.', import.meta.url));

const clients = readdirSync(`${root}packages`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map(({ name }) => ({ dir: `packages/${name}`, manifest: JSON.parse(readFileSync(`${root}packages/${name}/package.json`, 'utf8')) }))
  .filter(({ manifest }) => manifest.exports?.['./openapi.json'])
  .map(({ dir, manifest }) => ({
    name: manifest.name,
    path: `${dir}/${manifest.exports['.'].default}`,
    import: '{ createClient }',
    limit: hasUpload(dir) ? UPLOAD_LIMIT : LIMIT,
    gzip: true,
  }));

// The same measure of openapi-fetch's createClient, with no limit: what the
// clients weigh beyond it is the runtime and their own code.
const reference = {
  name: 'openapi-fetch alone (reference)',
  path: 'packages/runtime/node_modules/openapi-fetch/dist/index.mjs',
  import: 'createClient',
  gzip: true,
};

// Named `<package>/<entry>`, so that the package's own checks measure it too.
const paginate = {
  name: '@contactkit/runtime/paginate',
  path: 'packages/runtime/dist/paginate.js',
  import: '{ paginate }',
  limit: '2.4 kB',
  gzip: true,
};

const poll = {
  name: '@contactkit/runtime/poll',
  path: 'packages/runtime/dist/poll.js',
  import: '{ startJob, waitForJob }',
  limit: '3 kB',
  gzip: true,
};

export default [...clients, paginate, poll, reference];
