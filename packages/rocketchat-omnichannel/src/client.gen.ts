// Generated from package.json by `pnpm generate`. Do not edit by hand.

/** This package, as named in the `X-Client` header of every request. */
export const CLIENT = { name: "@contactkit/rocketchat-omnichannel", version: "0.0.0" } as const;
