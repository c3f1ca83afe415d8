// Every TypeScript example in the root README and in each client's generated
// README type-checks against the packages' sources, in strict mode: an
// example that calls a path, passes an option or imports an entry that does
// not exist fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { listApis, repoRoot } from '../src/apis.ts';

/** The fenced ```ts blocks of a Markdown file. */
function tsBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
}

/** Import specifier → source file, for every entry of every published package, read from its `exports`. */
function packageSources(): Record<string, string[]> {
  const paths: Record<string, string[]> = {};
  for (const dir of readdirSync(join(repoRoot, 'packages'))) {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'packages', dir, 'package.json'), 'utf8')) as { name: string; exports: Record<string, unknown> };
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      const types = (target as { types?: string }).types;
      if (!types) continue;
      // dist/<file>.d.ts is compiled from generated/<file>.ts or src/<file>.ts.
      const source = types.replace(/^\.\/dist\//, '').replace(/\.d\.ts$/, '.ts');
      paths[join(manifest.name, subpath)] = [join('packages', dir, 'generated', source), join('packages', dir, 'src', source)];
    }
  }
  return paths;
}

/** Type errors of each module in `files` (paths that need not exist on disk), checked together in one program. */
function typeErrors(files: Map<string, string>): Map<string, string[]> {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: ['node'],
    typeRoots: [join(repoRoot, 'node_modules', '@types')],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    allowImportingTsExtensions: true,
    baseUrl: repoRoot,
    paths: packageSources(),
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => files.has(name) || fileExists(name);
  host.readFile = (name) => files.get(name) ?? readFile(name);
  host.getSourceFile = (name, version, ...rest) => {
    const code = files.get(name);
    return code === undefined ? getSourceFile(name, version, ...rest) : ts.createSourceFile(name, code, version);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  const errors = new Map([...files.keys()].map((file) => [file, [] as string[]]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file;
    if (!file || !errors.has(file.fileName)) continue;
    const line = file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1;
    errors.get(file.fileName)!.push(`line ${line}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
  }
  return errors;
}

// Modules in the repo's root, so that node_modules resolve as for any file there.
const scratch = (name: string) => join(repoRoot, `${name}.readme-example.mts`);

const rootExamples = tsBlocks(readFileSync(join(repoRoot, 'README.md'), 'utf8')).map((code, index) => ({ index: index + 1, file: scratch(`root-${index + 1}`), code }));
const clientReadmes = listApis().map((api) => {
  const readme = join(api.packageDir, 'README.md');
  const blocks = tsBlocks(readFileSync(readme, 'utf8'));
  // One module: later examples use the client the first one creates.
  return { name: api.name, readme: relative(repoRoot, readme), blocks: blocks.length, file: scratch(api.name), code: blocks.join('\n') };
});
let errors: Map<string, string[]>;

beforeAll(() => {
  errors = typeErrors(new Map([...rootExamples, ...clientReadmes].map(({ file, code }) => [file, `${code}\nexport {};\n`])));
}, 120_000);

describe('the root README', () => {
  it.each(rootExamples)('example $index type-checks', ({ file }) => {
    expect(errors.get(file)).toEqual([]);
  });
});

describe.each(clientReadmes)('$name README', ({ readme, blocks, file }) => {
  it('has its examples, and together they type-check', () => {
    expect(blocks, readme).toBeGreaterThanOrEqual(3);
    expect(errors.get(file)).toEqual([]);
  });
});
