// What generated clients build on. Users get the public part through their
// client package; tests reach the rest through the `internal` entry.
export { type ApiClient, type ApiMethod, type CallResult, createApiClient, type ErrorClass, servedAt, type ThrowsWith } from './client.js';
export { credentialHeaders } from './credentials.js';
export type { ApiSettings, BaseClientOptions, CallOptions, Credential, DeclaredFailure, OperationFacts, OperationServer, Security } from './options.js';
export { formDataOf } from './multipart.js';
export { missingPeer } from './peer.js';
export * from './public.js';
