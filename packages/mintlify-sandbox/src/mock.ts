import { type Mock, type MockOptions, startPrismMock } from '@contactkit/runtime/mock';

export type { Mock, MockOptions } from '@contactkit/runtime/mock';

/**
 * Starts a Prism mock of this API, in this process, from the spec shipped in
 * this package (`openapi.json`). Needs `@stoplight/prism-cli` installed.
 *
 * @example
 * const mock = await startMock();
 * const client = createClient({ ...credentials, baseUrl: mock.url });
 * // ... your tests ...
 * await mock.stop();
 */
export function startMock(options?: MockOptions): Promise<Mock> {
  return startPrismMock(new URL('../openapi.json', import.meta.url), options);
}
