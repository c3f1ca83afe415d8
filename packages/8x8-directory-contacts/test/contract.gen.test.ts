// Generated from specs/8x8-directory-contacts/openapi.yaml, its entry in redocly.yaml and package.json by `pnpm generate`. Do not edit by hand.

// Every documented status, every stated request constraint, and the credentials.
import { contractSuite } from '@contactkit/contract';
import { inject } from 'vitest';
import { createClient } from '../generated/client.gen.js';

contractSuite({
  spec: 'openapi.json',
  client: (options) => createClient({ apiKey: 'test-apiKey', searchApiKey: 'test-searchApiKey', baseUrl: inject('mockUrl'), ...options }),
  credentials: ['apiKey', 'searchApiKey'],
});
