// Generated from specs/mintlify-sandbox/openapi.yaml, its entry in redocly.yaml and package.json by `pnpm generate`. Do not edit by hand.

// The spec declares no 2xx answer a failure.
export {};
