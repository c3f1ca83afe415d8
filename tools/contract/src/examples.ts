// The named examples of a bundled spec, as tests of a client package read
// them: each request body example with the operation it belongs to, each
// answer example with its schema, and those the spec holds but no operation
// uses.
import { listOperations, type OpenApiDocument, type Operation, type Schema } from '@contactkit/codegen/spec';

type RawOperation = { requestBody?: { content: Record<string, { examples?: Record<string, { $ref?: string; value?: unknown }> }> } };
type BundledSpec = OpenApiDocument & { components?: { examples?: Record<string, { value: unknown }> } };

/** A request body example: the operation it is for, its name there and in `components.examples`, and its value. */
export interface RequestExample {
  operation: Operation;
  method: Operation['method'];
  path: string;
  name: string;
  /** Its key in `components.examples`, when it is a `$ref` to one. */
  component?: string;
  value: unknown;
}

/** An answer example: the operation (`<METHOD> <path>`), status and schema it answers with. */
export interface AnswerExample {
  key: string;
  status: number;
  schema: Schema;
  name: string | undefined;
  value: unknown;
}

/** Every named request body example of every operation (`listOperations` keeps only each body's first). */
export function requestExamples(spec: BundledSpec): RequestExample[] {
  return listOperations(spec).flatMap((operation) => {
    const raw = (spec.paths[operation.path] as Record<string, RawOperation>)[operation.method.toLowerCase()]!;
    const media = operation.body && raw.requestBody?.content[operation.body.mediaType];
    return Object.entries(media?.examples ?? {}).map(([name, example]) => {
      const component = example.$ref?.split('/').pop();
      const value = component ? spec.components?.examples?.[component]?.value : example.value;
      return { operation, method: operation.method, path: operation.path, name, ...(component && { component }), value };
    });
  });
}

/** Every answer example with a JSON schema. */
export function answerExamples(spec: BundledSpec): AnswerExample[] {
  return listOperations(spec).flatMap(({ method, path, responses }) =>
    responses.flatMap(({ status, schema, examples }) => (schema ? examples.map(({ name, value }) => ({ key: `${method} ${path}`, status, schema, name, value })) : [])),
  );
}

/** The keys of `components.examples` that no request uses and no answer equals: examples no test would read. */
export function unusedExamples(spec: BundledSpec): string[] {
  const requested = new Set(requestExamples(spec).map(({ component }) => component));
  const answered = new Set(answerExamples(spec).map(({ value }) => JSON.stringify(value)));
  return Object.entries(spec.components?.examples ?? {})
    .filter(([name, { value }]) => !requested.has(name) && !answered.has(JSON.stringify(value)))
    .map(([name]) => name);
}
