import { describe, expect, it } from 'vitest';
import { unexpectedFiles } from '../../src/quality.ts';

const tarball = (files: string[]) => ({ pkg: { name: 'p', version: '0.0.0', dir: '/p' }, path: '/p.tgz', files });

describe('unexpectedFiles', () => {
  it.each([
    ['a compiled entry point and its declarations', ['dist/index.js', 'dist/index.d.ts'], []],
    ['manifest, README, LICENSE and the bundled spec', ['package.json', 'README.md', 'LICENSE', 'openapi.json'], []],
    ['a compiled test', ['dist/client.test.js'], ['dist/client.test.js']],
    ['a source map', ['dist/index.js.map'], ['dist/index.js.map']],
    ['a source file', ['src/index.ts'], ['src/index.ts']],
    ['a changelog', ['CHANGELOG.md'], ['CHANGELOG.md']],
  ])('%s', (_, files, want) => {
    expect(unexpectedFiles(tarball(files))).toEqual(want);
  });
});
