// What a client's README says of the runtime, read from the runtime's own
// source with the TypeScript compiler: every option of `BaseClientOptions`
// with its type and `@defaultValue`, and every error class a client
// re-exports. The README then cannot drift from the types.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { repoRoot } from './apis.ts';

const runtimeSrc = join(repoRoot, 'packages', 'runtime', 'src');

/** One option every client accepts. */
export interface OptionDoc {
  name: string;
  type: string;
  /** The `@defaultValue` tag's text, or `undefined` when the option has none. */
  defaultValue: string | undefined;
  /** The doc comment without its tags, on one line. */
  description: string;
}

/** One error class a client exports. */
export interface ErrorDoc {
  name: string;
  /** The class it extends, e.g. `RequestError`. */
  extends: string | undefined;
  /** The doc comment's first paragraph, on one line. */
  summary: string;
}

function sourceFile(file: string): ts.SourceFile {
  const path = join(runtimeSrc, file);
  return ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
}

/** Doc text on one line, with `{@link A.b}` as the code span `b`, as Markdown shows it. */
const oneLine = (text: string) =>
  text
    .replace(/\{@link\s+(?:[\w$]+\.)*([\w$]+)\s*\}/g, '`$1`')
    .replace(/\s+/g, ' ')
    .trim();

function commentText(comment: string | ts.NodeArray<ts.JSDocComment> | undefined): string {
  return oneLine(ts.getTextOfJSDocComment(comment) ?? '');
}

function jsDocOf(node: ts.Node): ts.JSDoc | undefined {
  return ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc).at(-1);
}

/** The options of `BaseClientOptions`, in declaration order. */
export function baseClientOptions(): OptionDoc[] {
  const file = sourceFile('options.ts');
  const declaration = file.statements.find(
    (statement): statement is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(statement) && statement.name.text === 'BaseClientOptions',
  );
  if (!declaration) throw new Error(`packages/runtime/src/options.ts no longer declares BaseClientOptions: update ${import.meta.filename}.`);
  return declaration.members.filter(ts.isPropertySignature).map((member) => {
    const doc = jsDocOf(member);
    const tag = doc?.tags?.find((candidate) => candidate.tagName.text === 'defaultValue');
    return {
      name: member.name.getText(file),
      type: oneLine(member.type?.getText(file) ?? 'unknown'),
      defaultValue: tag ? commentText(tag.comment) : undefined,
      description: commentText(doc?.comment),
    };
  });
}

/** The error classes the runtime's public entry exports (what every client re-exports), in its order. */
export function errorClasses(): ErrorDoc[] {
  const publicEntry = sourceFile('public.ts');
  const exported = publicEntry.statements
    .filter(ts.isExportDeclaration)
    .filter((statement) => (statement.moduleSpecifier as ts.StringLiteral | undefined)?.text === './errors.js')
    .flatMap((statement) => (statement.exportClause && ts.isNamedExports(statement.exportClause) ? [...statement.exportClause.elements] : []))
    .filter((element) => !element.isTypeOnly)
    .map((element) => element.name.text);
  const classes = new Map(
    sourceFile('errors.ts')
      .statements.filter((statement): statement is ts.ClassDeclaration => ts.isClassDeclaration(statement) && Boolean(statement.name))
      .map((declaration) => [declaration.name!.text, declaration]),
  );
  return exported.flatMap((name) => {
    const declaration = classes.get(name);
    if (!declaration) return [];
    const base = declaration.heritageClauses?.[0]?.types[0]?.expression.getText();
    const summary = ts.getTextOfJSDocComment(jsDocOf(declaration)?.comment) ?? '';
    return [{ name, extends: base, summary: oneLine(summary.split(/\n\s*\n/)[0] ?? '') }];
  });
}
