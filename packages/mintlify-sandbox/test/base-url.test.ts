// The spec names only a plain-http host, so the client has no default base
// URL: the token would otherwise go out in clear text.
import { describe, expect, it } from 'vitest';
import { ConfigurationError, createClient } from '../generated/client.gen.ts';

describe('the base URL', () => {
  it('is required', () => {
    // @ts-expect-error: baseUrl is required by the types too
    expect(() => createClient({ token: 't' })).toThrow(new ConfigurationError('baseUrl', 'baseUrl must be an absolute http(s) URL, e.g. "https://api.example.com" (got "").'));
  });

  it('may not be the spec’s plain-http host, unless the risk is opted into by name', () => {
    expect(() => createClient({ token: 't', baseUrl: 'http://sandbox.mintlify.com' })).toThrow(/^baseUrl must be an https: URL, since the client sends credentials/);
    expect(() => createClient({ token: 't', baseUrl: 'http://sandbox.mintlify.com', dangerouslyAllowCredentialsOverHttp: true })).not.toThrow();
  });
});
