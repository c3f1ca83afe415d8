// The two mocks a user can run an API's client against: Prism, a server on
// loopback (`startPrismMock`, what each client's `startMock` starts), and the
// package's msw handlers in this process, intercepting fetch.
import type { Api } from '@contactkit/codegen';
import { startPrismMock } from '@contactkit/mock';
import type { MockViolation } from '@contactkit/mock/msw';
import { violationsOf } from '@contactkit/mock-tools';
import { setupServer } from 'msw/node';
import type { ApiPackage } from './api-package.ts';

/** A running mock of one API. */
export interface RunningMock {
  /** The base URL to give the client. */
  baseUrl: string;
  /** What the mock said a request broke, given its answer and the body the client read. */
  violations(response: Response, body: unknown): { at: string; rule: string }[];
  stop(): Promise<void>;
}

/** A way to mock an API. */
export interface MockEngine {
  name: 'prism' | 'msw';
  start(api: Api, apiPackage: ApiPackage): Promise<RunningMock>;
}

// Any origin does: msw answers before a socket is opened. A `.test` name never
// resolves, so a request no handler takes cannot reach a real server.
const MSW_BASE_URL = 'https://api.example.test';

// The handlers name them in the `x-mock-violations` header, whatever the status.
const mswViolations = (response: Response): MockViolation[] => JSON.parse(response.headers.get('x-mock-violations') ?? '[]') as MockViolation[];

const prism: MockEngine = {
  name: 'prism',
  async start(api) {
    const mock = await startPrismMock(api.bundlePath);
    // In the `sl-violations` header, or in the body of Prism's own 422.
    return { baseUrl: mock.url, violations: violationsOf, stop: () => mock.stop() };
  },
};

const msw: MockEngine = {
  name: 'msw',
  async start(_api, apiPackage) {
    const server = setupServer(...apiPackage.handlers(MSW_BASE_URL));
    // A request no handler answers is a failure, not a trip to the network.
    server.listen({ onUnhandledRequest: 'error' });
    return { baseUrl: MSW_BASE_URL, violations: mswViolations, stop: async () => server.close() };
  },
};

/** Both engines, in the order they run for each API. */
export const ENGINES: readonly MockEngine[] = [prism, msw];
