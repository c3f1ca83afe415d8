// Generated from specs/mintlify-sandbox/openapi.yaml, its entry in redocly.yaml and package.json by `pnpm generate`. Do not edit by hand.

// Every documented status, every stated request constraint, and the credentials.
import { contractSuite } from '@contactkit/contract';
import { inject } from 'vitest';
import { createClient } from '../generated/client.gen.js';

contractSuite({
  spec: 'openapi.json',
  client: (options) => createClient({ token: 'test-token', baseUrl: inject('mockUrl'), ...options }),
  credentials: ['token'],
});
