// Cases derived from the spec: every documented status, every stated request
// constraint, and the authentication it requires.
import { contractSuite } from '@contactkit/contract';
import { inject } from 'vitest';
import { createClient } from '../src/index.js';

contractSuite({
  spec: 'openapi.json',
  client: (fetch) => createClient({ apiKey: 'test-api-key', baseUrl: inject('mockUrl'), fetch }),
});
