// Which client options an API's security scheme needs, read from its spec, so
// that a new client's `createClient` starts with the documented auth.

/** A client option that carries a credential (mirrors the runtime's `Credential`). */
export interface CredentialOption {
  option: string;
  header: string;
  scheme?: string;
}

interface SecurityScheme {
  type?: string;
  scheme?: string;
  in?: string;
  name?: string;
}

interface Spec {
  security?: Record<string, unknown>[];
  components?: { securitySchemes?: Record<string, SecurityScheme> };
}

/** `X-Auth-Token` → `authToken`, `x-api-key` → `apiKey`. */
function optionName(header: string): string {
  const words = header.toLowerCase().replace(/^x-/, '').split(/[^a-z0-9]+/).filter(Boolean);
  return words.map((word, index) => (index === 0 ? word : word[0]!.toUpperCase() + word.slice(1))).join('');
}

/** The credentials of the spec's first global security requirement. */
export function credentialsOf(spec: Spec): CredentialOption[] {
  const requirement = spec.security?.[0];
  if (!requirement) return [];
  return Object.keys(requirement).map((name) => {
    const scheme = spec.components?.securitySchemes?.[name];
    if (scheme?.type === 'http' && scheme.scheme?.toLowerCase() === 'bearer') {
      return { option: 'token', header: 'Authorization', scheme: 'Bearer' };
    }
    if (scheme?.type === 'apiKey' && scheme.in === 'header' && scheme.name) {
      return { option: optionName(scheme.name), header: scheme.name };
    }
    throw new Error(
      `Security scheme "${name}" is not one the runtime can send yet (bearer, or an API key in a header); write createClient by hand in src/index.ts.`,
    );
  });
}
