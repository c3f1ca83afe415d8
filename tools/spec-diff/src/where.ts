// Turns the JSON pointers of Redocly's diff report into the words a reviewer
// reads: "POST /contacts, request body, name" rather than an escaped pointer.

const methods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

function segments(pointer: string): string[] {
  return pointer
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The part of a schema a pointer reaches, as a dotted field path (`contact.name`, `tags[]`). */
function fieldPath(parts: string[]): string {
  const fields: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part === 'properties' && i + 1 < parts.length) fields.push(parts[++i]!);
    else if (part === 'items') fields.push('[]');
    else if (/^(allOf|anyOf|oneOf)$/.test(part) && i + 1 < parts.length) fields.push(`${part}[${parts[++i]}]`);
  }
  return fields.join('.').replace(/\.\[\]/g, '[]');
}

/** The operation and part of it that a diff pointer names, for a report line. */
export function describePointer(pointer: string): string {
  const parts = segments(pointer);
  if (parts[0] !== 'paths' || parts.length < 2) return parts.join(' › ') || 'document';
  const path = parts[1]!;
  const method = parts[2];
  const where = method && methods.has(method) ? [`${method.toUpperCase()} ${path}`] : [path];
  const rest = method && methods.has(method) ? parts.slice(3) : parts.slice(2);
  if (rest[0] === 'requestBody') where.push('request body');
  else if (rest[0] === 'responses' && rest[1]) where.push(`response ${rest[1]}`);
  else if (rest[0] === 'parameters') where.push('parameters');
  else if (rest[0]) where.push(rest[0]);
  const schemaAt = rest.indexOf('schema');
  const field = schemaAt >= 0 ? fieldPath(rest.slice(schemaAt + 1)) : '';
  if (field) where.push(field);
  return where.join(', ');
}
