export { type Credential, credentialHeaders } from './auth.js';
export { type ApiSettings, type BaseClientOptions, createApiClient } from './client.js';
export {
  AbortError,
  ConfigurationError,
  ContactkitError,
  HttpError,
  NetworkError,
  RequestError,
  type RequestErrorDetails,
  TimeoutError,
} from './errors.js';
export { maskPersonalData } from './redact.js';
export { type PerRequestOptions, requestOptions } from './request-options.js';
export { backoffDelay, isRetryableMethod, isRetryableStatus, retryAfterMs, type Sleep } from './retry.js';
