// Which documented scripts the end-to-end test runs in a copy of the repo, in
// this order, and why each of the others is not run there. Every script in
// the README's table is in exactly one of the two lists (checked by
// `pnpm test`), so a new script needs a decision here.

/** Run in a fresh copy, in this order: the quick start's build, then what builds on it. */
export const RUN_IN_COPY = ['build', 'lint', 'generate', 'generate:check', 'spec:diff', 'spec:gate', 'docs:build'] as const;

/** The scripts that are not run in a copy, and why. */
export const NOT_RUN: Record<string, string> = {
  test: 'everything CI checks: CI runs it as the README says',
  'test:e2e': 'CI runs it; this test is part of it',
  typecheck: 'one check per package; `pnpm test` runs typecheck:workspace',
  'typecheck:workspace': 'part of `pnpm test`',
  mock: 'serves until Ctrl-C; the mock server behind it has tests of its own',
  'api:report': 'rewrites committed files; the packed-package checks in `pnpm test` compare them',
  bench: 'minutes of timing runs',
  'bench:mock': 'minutes of load',
  'bench:scale': 'builds the repo several times over',
  release: 'publishes; its own end-to-end test releases to a local registry',
  'new-api': 'its own end-to-end test (tools/scaffold) adds an API in a copy and builds and tests it',
  changeset: 'asks questions at a prompt',
};
