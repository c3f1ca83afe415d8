// What every client re-exports to its users, so that errors and option types
// come from the one package they installed.
export {
  AbortError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  ConflictError,
  ContactkitError,
  HttpError,
  NetworkError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RequestError,
  type RequestErrorDetails,
  ResponseParseError,
  ServerError,
  TimeoutError,
  UnprocessableEntityError,
} from './errors.js';
export type { CallOptions } from './options.js';
export type { Throttle } from './throttle.js';
