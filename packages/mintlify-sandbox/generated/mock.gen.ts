// Generated from specs/mintlify-sandbox/openapi.yaml, its entry in redocly.yaml and package.json by `pnpm generate`. Do not edit by hand.

import { missingPeer } from '@contactkit/runtime';
import type { Mock, MockOptions } from '@contactkit/mock';

export type { Mock, MockOptions } from '@contactkit/mock';

/**
 * Starts a Prism mock of the callab.ai Contacts API in this process, from the spec shipped in
 * this package (`openapi.json`), on a free loopback port unless `options.port` is set.
 * Needs `@contactkit/mock` in your devDependencies.
 *
 * @example
 * const mock = await startMock();
 * const client = createClient({ token: 'test-token', baseUrl: mock.url });
 * // ... your tests ...
 * await mock.stop();
 */
export async function startMock(options?: MockOptions): Promise<Mock> {
  const { startPrismMock } = await import('@contactkit/mock').catch(missingPeer('@contactkit/mock', 'startMock'));
  return startPrismMock(new URL('../openapi.json', import.meta.url), options);
}
