// The throttle entry of a client package: Bottleneck is opt-in, so that
// clients that do not pace their requests do not ship it.
import { type ClientFacts, generatedHeader } from './client-facts.ts';

/** `generated/throttle.gen.ts`: `throttle()`, to pass as the `throttle` option of one or more clients. */
export function throttleSource(facts: ClientFacts): string {
  return `${generatedHeader(facts)}/**
 * Paces the requests of the clients it is given to (every attempt counts), e.g.
 * to stay under the API's rate limit: create one per limit and pass it as the
 * \`throttle\` option of every client that shares that limit.
 *
 * @example
 * const perAccount = throttle({ limit: 60, intervalMs: 60_000 });
 * const client = createClient({ ...options, throttle: perAccount });
 */
export { type Throttle, type ThrottleOptions, throttle } from '@contactkit/runtime/throttle';
`;
}
