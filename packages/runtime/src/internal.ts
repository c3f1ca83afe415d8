// Internals that tests and the runtime's own entries use; not for users.
export { type CallContext, createTransport, parsedBodies } from './transport.js';
export { backoffDelay, isRetryableMethod, isRetryableStatus, type Sleep, type TestHooks } from './retry.js';
export { retryAfterMs } from './retry-after.js';
