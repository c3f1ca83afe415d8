// callab.ai documents no operation that starts a job: its poll
// entry is there, as in every client, but takes no call, the compiler's
// check first.
import { expect, expectTypeOf, it } from 'vitest';
import { ConfigurationError, createClient } from '../generated/client.gen.ts';
import { type StartedJob, startJob, waitForJob } from '../generated/poll.gen.ts';
import type { Returned } from './support/returned.ts';

const client = createClient({ token: 't' });

it.each([
  // @ts-expect-error: this API has no operation that starts a job
  { name: 'startJob', call: () => startJob(client, 'POST', '/contact') },
  // @ts-expect-error: nor a job to wait for
  { name: 'waitForJob', call: () => waitForJob(client, 'POST', '/contact', { id: '1' }) },
])('$name refuses every call, at compile time and, for a call made anyway, before sending anything', ({ call }) => {
  expect(call).toThrow(ConfigurationError);
  expect(call).toThrow(/^path must be an operation of the callab.ai Contacts API that starts a job, which documents none \(got "POST \/contact"\)\.$/);
});

it('would give nothing, so nothing can be read from it', () => {
  expectTypeOf<Returned<typeof startJob>>().toEqualTypeOf<Promise<StartedJob<never, never, never>>>();
  expectTypeOf<Returned<typeof waitForJob>>().toEqualTypeOf<Promise<never>>();
});
