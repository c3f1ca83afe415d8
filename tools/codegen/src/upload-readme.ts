// The "Upload a file" section of a client's README, for APIs with an
// operation whose body is multipart/form-data: how its parts are given and
// sent, with a call of the first such operation.
import { type ClientFacts, exampleParams, tsLiteral } from './client-facts.ts';
import { isBinary, type Operation } from './spec.ts';

/** `{ params, body }` of an upload: the required parameters' examples, and the body's example with each file part given `file`. */
function uploadInit(operation: Operation): string {
  const params = exampleParams(operation);
  const { schema, example } = operation.body!;
  const given = example && typeof example === 'object' ? (example as Record<string, unknown>) : {};
  // The example's parts, and any file part it leaves out that the schema requires, each file part given the `file` of the example.
  const required = Object.entries(schema.properties ?? {}).filter(([name, part]) => isBinary(part) && schema.required?.includes(name));
  const parts = { ...Object.fromEntries(required.map(([name]) => [name, FILE])), ...given };
  const body = Object.fromEntries(Object.entries(parts).map(([name, value]) => [name, isBinary(schema.properties?.[name]) ? FILE : value]));
  const init = tsLiteral({ ...(Object.keys(params).length && { params }), body });
  return init.replaceAll(tsLiteral(FILE), 'file').replace(/\bfile: file\b/, 'file');
}

// Stands for the `file` variable of the example in a literal, replaced once written.
const FILE = '\u0000file';

/** The section, its example on the first multipart operation; empty for an API with none. */
export function uploadReadme(facts: ClientFacts): string {
  const uploads = facts.operations.filter(({ body }) => body?.mediaType === 'multipart/form-data');
  const [first] = uploads;
  if (!first) return '';
  const list = uploads.map(({ method, path, operationId }) => `\`${method} ${path}\` (\`${operationId}\`)`).join(', ');
  return `
## Upload a file

${list} ${uploads.length > 1 ? 'take' : 'takes'} a \`multipart/form-data\` body: pass an object of its
parts, and the client sends it as a form. A file part takes a \`File\`, sent
under its own name, or a \`Blob\` or \`Uint8Array\`, sent as \`blob\`: give a
\`File\` where the name matters. Any other part is sent as its text (\`true\`,
\`12\`), and one left \`undefined\` is not sent; a part that is none of these
(\`null\`, an object, an array) throws a \`ConfigurationError\` naming it before
anything is sent. Leave \`Content-Type\` unset: fetch writes it, with the form's
boundary.

\`\`\`ts
import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';

const upload = process.argv[2]!; // the file to send
const file = new File([await openAsBlob(upload)], basename(upload));
const { data: accepted, error: refused } = await client.${first.method}(${tsLiteral(first.path)}, ${uploadInit(first)});
\`\`\`

\`requestValidation()\` checks a form's parts as the server reads them: a file
part must be a file, and text must be what its schema says (\`"true"\` for a
boolean, digits for a number).
`;
}
