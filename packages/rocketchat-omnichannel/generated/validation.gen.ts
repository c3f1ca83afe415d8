// Generated from specs/rocketchat-omnichannel/openapi.yaml, its entry in redocly.yaml and package.json by `pnpm generate`. Do not edit by hand.

import { validationMiddleware } from '@contactkit/runtime/validation';
import { validators } from './validators.gen.js';

export { type ValidationIssue, ValidationError } from '@contactkit/runtime/validation';

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
