// Generated from package.json and specs/rocketchat-omnichannel/openapi.yaml by `pnpm generate`. Do not edit by hand.

/** This package, as named in the `X-Client` header of every request. */
export const CLIENT = { name: "@contactkit/rocketchat-omnichannel", version: "0.0.0" } as const;

/** The header that carries each security scheme the spec requires, by the scheme's name. */
export const SECURITY = {
  "authToken": {
    "header": "X-Auth-Token"
  },
  "userId": {
    "header": "X-User-Id"
  }
} as const;
