// Contract tests: the real client against a Prism mock of the bundled spec
// (started by the vitest global setup, with errors on).
import { contractSuite } from '@contactkit/contract';
import { describe, expect, inject, it } from 'vitest';
import { ConfigurationError, createClient } from '../src/index.js';

const options = { authToken: 'test-authToken', userId: 'test-userId', baseUrl: inject('mockUrl') };

// Every documented status, every stated request constraint, and the auth.
contractSuite({ spec: 'openapi.json', client: (fetch) => createClient({ ...options, fetch }) });

describe('createClient', () => {
  it.each([
    { option: 'authToken' },
    { option: 'userId' },
  ])('refuses a client without $option, naming it', ({ option }) => {
    const create = () => createClient({ ...options, [option]: '' });
    expect(create).toThrow(ConfigurationError);
    expect(create).toThrow(expect.objectContaining({ option, message: expect.stringContaining(option) }));
  });
});
