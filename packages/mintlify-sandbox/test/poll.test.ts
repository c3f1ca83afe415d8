// The Mintlify sandbox documents no operation that starts a job: its poll
// entry is there, as in every client, but takes no call, the compiler's
// check first.
import { expect, expectTypeOf, it } from 'vitest';
import { ConfigurationError, createClient } from '../generated/client.gen.ts';
import { type StartedJob, startJob, waitForJob } from '../generated/poll.gen.ts';

const client = createClient({ token: 't', baseUrl: 'https://sandbox.example.com' });

it.each([
  // @ts-expect-error: this API has no operation that starts a job
  { name: 'startJob', call: () => startJob(client, 'POST', '/contact') },
  // @ts-expect-error: nor a job to wait for
  { name: 'waitForJob', call: () => waitForJob(client, 'POST', '/contact', { id: '1' }) },
])('$name refuses every call, at compile time and, for a call made anyway, before sending anything', ({ call }) => {
  expect(call).toThrow(ConfigurationError);
  expect(call).toThrow(/^path must be an operation of the Mintlify Sandbox Contacts API that starts a job, which documents none \(got "POST \/contact"\)\.$/);
});

// ReturnType gives `any` for a function that takes `never`: read it from a signature that takes anything.
type Returned<Function> = Function extends (...args: never[]) => infer Result ? Result : 'not a function';

it('would give nothing, so nothing can be read from it', () => {
  expectTypeOf<Returned<typeof startJob>>().toEqualTypeOf<Promise<StartedJob<never, never, never>>>();
  expectTypeOf<Returned<typeof waitForJob>>().toEqualTypeOf<Promise<never>>();
});
