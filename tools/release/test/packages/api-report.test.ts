import { beforeAll, describe, expect, it } from 'vitest';
import { staleReports } from '../../src/api-report.ts';
import { buildPackages } from '../../src/build.ts';
import { publishedPackages } from '../../src/workspace.ts';

const packages = publishedPackages();

beforeAll(() => buildPackages(), 300_000);

describe.each(packages)('$name', (pkg) => {
  it('has committed API reports that match its built declarations', () => {
    const { stale, problems } = staleReports(pkg);
    expect(problems).toEqual([]);
    const hint = 'the public API changed: run `pnpm api:report` and commit packages/*/api/';
    expect(stale, hint).toEqual([]);
  });
});
