export { type Credential, credentialHeaders } from './auth.js';
export { type ApiSettings, type BaseClientOptions, createApiClient } from './client.js';
export { ConfigurationError, ContactkitError } from './errors.js';
