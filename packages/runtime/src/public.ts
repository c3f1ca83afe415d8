// What every client re-exports to its users, so that errors and per-call
// options come from the one package they installed.
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
