// Generated from package.json and specs/mintlify-sandbox/openapi.yaml by `pnpm generate`. Do not edit by hand.

/** This package, as named in the `X-Client` header of every request. */
export const CLIENT = { name: "@contactkit/mintlify-sandbox", version: "0.0.0" } as const;

/** Where the API is served: the first of its spec's `servers`. */
export const DEFAULT_BASE_URL = "http://sandbox.mintlify.com";

/** The header that carries each security scheme the spec requires, by the scheme's name. */
export const SECURITY = {
  "bearerAuth": {
    "header": "Authorization",
    "scheme": "Bearer"
  }
} as const;
