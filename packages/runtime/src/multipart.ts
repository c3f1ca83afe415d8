// A multipart/form-data body from the object a call passes, its parts by
// name. fetch writes the Content-Type with its boundary: openapi-fetch sets
// none for a `FormData` body, and neither does this.
import { invalid } from './errors.js';

/**
 * The `FormData` of a call's `body`: a string as a text part; a number,
 * boolean or bigint as its text; a `Blob` as a file part (a `File` under its
 * own name); a `Uint8Array` as a file part of those bytes; an `undefined`
 * part left out. Throws a `ConfigurationError` naming any other part, or a
 * body that is not an object of parts.
 */
export function formDataOf(body: unknown): FormData {
  if (typeof body !== 'object' || !body || Array.isArray(body) || body instanceof Blob) invalid('body', 'an object of the form\'s parts, e.g. { file: new File([bytes], \'contacts.csv\') }', kind(body));
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    if (value instanceof Blob) form.append(name, value);
    else if (value instanceof Uint8Array) form.append(name, new Blob([value as Uint8Array<ArrayBuffer>]));
    else if (['string', 'number', 'boolean', 'bigint'].includes(typeof value)) form.append(name, `${value}`);
    else if (value !== undefined) invalid(`body.${name}`, 'a string, number or boolean, or a file as a Blob, File or Uint8Array (leave it out to send nothing)', kind(value));
  }
  return form;
}

const kind = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : value instanceof Blob ? 'a Blob' : typeof value);
