export { type ApiSettings, type BaseClientOptions, type Credential, createApiClient, credentialHeaders } from './client.js';
export { missingPeer } from './peer.js';
export * from './public.js';
export { backoffDelay, isRetryableMethod, isRetryableStatus, retryAfterMs, type Sleep } from './retry.js';
