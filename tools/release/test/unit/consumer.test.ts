import { describe, expect, it } from 'vitest';
import { warningLines } from '../../src/consumer.ts';

describe('warningLines', () => {
  it.each([
    ['npm: a peer it cannot satisfy', 'added 3 packages in 2s\nnpm warn ERESOLVE overriding peer dependency', ['npm warn ERESOLVE overriding peer dependency']],
    ['npm: an install script held back', 'npm warn install-scripts 1 package has install scripts not yet covered by allowScripts:', ['npm warn install-scripts 1 package has install scripts not yet covered by allowScripts:']],
    ['pnpm: an engine it does not admit', ' WARN  Unsupported engine: wanted: {"node":">=22"}', [' WARN  Unsupported engine: wanted: {"node":">=22"}']],
    ['pnpm: a box round build scripts it held back', '╭ Warning ─────╮\n│   Ignored build scripts: msw@2.15.0.   │\n╰─────╯', ['╭ Warning ─────╮']],
    ['pnpm: progress and the packages added', 'Progress: resolved 55, reused 55\n+ msw 2.15.0\nDone in 3s using pnpm v10.34.8', []],
  ])('%s', (_, output, want) => {
    expect(warningLines(output)).toEqual(want);
  });
});
