// `contactkit-mock [api ...] [--port <first>]`: serves a mock of every
// @contactkit client installed in this project (or of the ones named).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type MockedApi, serveMocks } from './serve.js';
const USAGE = 'Usage: contactkit-mock [api ...] [--port <first port>]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(1);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: { port: { type: 'string' } } });
  } catch (error) {
    return fail((error as Error).message);
  }
})();
const firstPort = values.port === undefined ? undefined : Number(values.port);
if (firstPort !== undefined && !(Number.isInteger(firstPort) && firstPort > 0 && firstPort < 65536)) {
  fail(`--port must be a port number, 1 to 65535 (got "${values.port}").`);
}

const scope = join(process.cwd(), 'node_modules', '@contactkit');
const installed = existsSync(scope) ? readdirSync(scope).filter((name) => existsSync(join(scope, name, 'openapi.json'))) : [];
if (!installed.length) fail(`No @contactkit client is installed in ${process.cwd()}: run this where you installed one.`);
const unknown = positionals.filter((name) => !installed.includes(name));
if (unknown.length) fail(`Not installed: ${unknown.join(', ')}. Installed: ${installed.join(', ')}.`);

const apis: MockedApi[] = (positionals.length ? positionals : installed).map((name, index) => ({
  name,
  spec: join(scope, name, 'openapi.json'),
  ...(firstPort === undefined ? {} : { port: firstPort + index }),
}));
serveMocks(apis).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
