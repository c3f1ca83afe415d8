export { type ApiSettings, type BaseClientOptions, type Credential, createApiClient, credentialHeaders } from './client.js';
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
export { type PerRequestOptions, requestOptions } from './request-options.js';
export { backoffDelay, isRetryableMethod, isRetryableStatus, retryAfterMs, type Sleep } from './retry.js';
