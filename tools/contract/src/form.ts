// A multipart/form-data body as the contract tests send it. The spec's
// example and generated values write a file part as text (JSON has no
// bytes); a client is given files, so that text is made a file.
import { isBinary, type Operation } from '@contactkit/codegen/spec';

/** Whether the operation's body is a form. */
export const isForm = (operation: Operation) => operation.body?.mediaType === 'multipart/form-data';

/** `body` as a client is given it: for a form, each file part that is text as a `Blob` of that text; any other body as it is. */
export function asFormParts(operation: Operation, body: unknown): unknown {
  if (!isForm(operation) || !body || typeof body !== 'object') return body;
  const parts = operation.body!.schema.properties ?? {};
  return Object.fromEntries(Object.entries(body).map(([name, value]) => [name, isBinary(parts[name]) && typeof value === 'string' ? new Blob([value]) : value]));
}
