// The createClient option a new API's credentials get unless `pnpm new-api`
// is told otherwise: read from the spec's security schemes.
import { credentialHeader, type OpenApiDocument, usedSchemes } from '@contactkit/codegen/spec';

/** `X-Auth-Token` → `authToken`, `x-api-key` → `apiKey`. */
function optionName(header: string): string {
  const words = header.toLowerCase().replace(/^x-/, '').split(/[^a-z0-9]+/).filter(Boolean);
  return words.map((word, index) => (index === 0 ? word : word[0]!.toUpperCase() + word.slice(1))).join('');
}

/**
 * For each security scheme the spec uses (its own `security` or an
 * operation's), an option name: `token` for bearer, else named after the
 * header; a scheme whose header another already named (two keys in
 * `x-api-key`, each for its own operations) is named after itself.
 */
export function defaultCredentialOptions(spec: OpenApiDocument): Record<string, string> {
  const taken = new Set<string>();
  return Object.fromEntries(
    usedSchemes(spec).map((scheme) => {
      const carried = credentialHeader(spec.components?.securitySchemes?.[scheme]);
      if (!carried) {
        throw new Error(`Security scheme "${scheme}" is not one a generated client can send (bearer, basic, or an API key in a header); describe the API's credentials as one of those.`);
      }
      const preferred = carried.scheme ? 'token' : optionName(carried.header);
      const option = !taken.has(preferred) ? preferred : /^[a-z][A-Za-z0-9]*$/.test(scheme) ? scheme : optionName(scheme);
      taken.add(option);
      return [scheme, option];
    }),
  );
}
