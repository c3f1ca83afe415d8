// Generated from specs/8x8-connect-contacts/openapi.yaml, its entry in redocly.yaml and package.json by `pnpm generate`. Do not edit by hand.

import { type ResponseValidationOptions, responseValidationMiddleware, validationMiddleware } from '@contactkit/runtime/validation';
import { validators } from './validators.gen.js';

export {
  type ResponseMismatch,
  ResponseValidationError,
  type ResponseValidationOptions,
  type ValidationIssue,
  ValidationError,
} from '@contactkit/runtime/validation';

/**
 * Opt-in request validation: a request that the spec forbids (a pattern, a
 * length, a required field…) throws a `ValidationError` naming each field and
 * rule before anything is sent. The validators are compiled from the spec at
 * build time; this entry ships no schema compiler.
 *
 * @example
 * const client = createClient(options);
 * client.use(requestValidation());
 */
export function requestValidation() {
  return validationMiddleware(validators);
}

/**
 * Opt-in response validation: an answer that the spec does not describe (a
 * status it does not document, a body that breaks its status's schema) throws a
 * `ResponseValidationError` naming each field and rule, or with `onMismatch` set
 * to a function is given to it and returned as usual. Such an answer means the
 * API and its spec differ: report it. The validators are compiled from the spec
 * at build time; this entry ships no schema compiler.
 *
 * @example
 * const client = createClient(options);
 * client.use(responseValidation({ onMismatch: (mismatch) => console.warn(mismatch) }));
 */
export function responseValidation(options?: ResponseValidationOptions) {
  return responseValidationMiddleware(validators, options);
}
