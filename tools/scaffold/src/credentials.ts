// Which client options an API's security scheme needs, read from its spec, so
// that a new client's `createClient` starts with the documented auth.
import { credentialHeader, type OpenApiDocument } from '@contactkit/codegen/spec';

/** A client option that carries the credential of one security scheme. */
export interface CredentialOption {
  /** The client option, e.g. `token`. */
  option: string;
  /** The security scheme's name in the spec: its key in the generated `SECURITY`. */
  securityScheme: string;
  /** The header that carries it, for the option's documentation. */
  header: string;
  scheme?: string;
}

/** `X-Auth-Token` → `authToken`, `x-api-key` → `apiKey`. */
function optionName(header: string): string {
  const words = header.toLowerCase().replace(/^x-/, '').split(/[^a-z0-9]+/).filter(Boolean);
  return words.map((word, index) => (index === 0 ? word : word[0]!.toUpperCase() + word.slice(1))).join('');
}

/** The credentials of the spec's first global security requirement. */
export function credentialsOf(spec: OpenApiDocument): CredentialOption[] {
  return Object.keys(spec.security?.[0] ?? {}).map((securityScheme) => {
    const carried = credentialHeader(spec.components?.securitySchemes?.[securityScheme]);
    if (carried?.scheme === 'Bearer') return { option: 'token', securityScheme, ...carried };
    if (carried && !carried.scheme) return { option: optionName(carried.header), securityScheme, ...carried };
    throw new Error(
      `Security scheme "${securityScheme}" is not one the runtime can send yet (bearer, or an API key in a header); write createClient by hand in src/index.ts.`,
    );
  });
}
