// What a server needs to have an operation's route, for self-hosted APIs
// whose servers run different versions and editions: each operation's
// `x-contactkit-requires` (`version`, the first with the route, and
// `edition`), and the document's `x-contactkit-product`, the server product's
// name. A server without the route answers 404, as for a missing record: the
// client's NotFoundError, the reference page and the README say what it needs.
import { type OpenApiDocument, type Operation, resolve } from './spec.ts';

/** The server editions an operation may need. */
export const EDITIONS = ['community', 'enterprise'] as const;

export type Edition = (typeof EDITIONS)[number];

/** What one operation's route needs. */
export interface Requirement {
  operationId: string;
  /** The first server version with the route, `MAJOR.MINOR.PATCH`; absent where the spec does not know it. */
  version?: string;
  edition: Edition;
}

/** The server product and what each operation that declares it needs. */
export interface Requirements {
  /** The server product's name, e.g. `Rocket.Chat`. */
  product: string;
  /** By `<METHOD> <path>`, in document order. */
  operations: Map<string, Requirement>;
}

const VERSION = /^\d+\.\d+\.\d+$/;
const KEYS = ['version', 'edition'];

/** The path item of `path`: as written, or resolved where it is a `$ref` (a bundle writes path items in place). */
const pathItem = (document: OpenApiDocument, path: string) => {
  const item = document.paths[path]!;
  return (typeof item.$ref === 'string' ? resolve(document, item) : item) as Record<string, Record<string, unknown>>;
};

/** The operation object of `operation` in `document`, as written. */
const rawOperation = (document: OpenApiDocument, { method, path }: Operation) => pathItem(document, path)[method.toLowerCase()]!;

/**
 * The requirements `operations` declare in `document`; `undefined` when none
 * does. Throws, naming the spec, the operation, the key and the fix, for a
 * malformed declaration or a missing `x-contactkit-product`.
 */
export function requirementsOf(document: OpenApiDocument, operations: Operation[], specFile: string): Requirements | undefined {
  const fail = (what: string): never => {
    throw new Error(`${specFile}: ${what}.`);
  };
  const declared = new Map<string, Requirement>();
  for (const operation of operations) {
    const requires = rawOperation(document, operation)['x-contactkit-requires'] as Record<string, unknown> | undefined;
    if (requires === undefined) continue;
    const where = `x-contactkit-requires of ${operation.method} ${operation.path}`;
    if (!requires || typeof requires !== 'object' || Array.isArray(requires)) fail(`${where} must be an object of version and edition, e.g. { version: 7.2.0, edition: community } (got ${JSON.stringify(requires)})`);
    const unknown = Object.keys(requires).filter((key) => !KEYS.includes(key));
    if (unknown.length) fail(`${where} has ${unknown.map((key) => `"${key}"`).join(', ')}, which it does not take: its keys are version (left out where unknown) and edition`);
    const { version, edition } = requires;
    if (version !== undefined && !(typeof version === 'string' && VERSION.test(version))) {
      fail(`${where}: version must be the first server version with the route, as MAJOR.MINOR.PATCH such as "7.2.0", or left out where unknown (got ${JSON.stringify(version)})`);
    }
    if (!EDITIONS.includes(edition as Edition)) fail(`${where}: edition must be ${EDITIONS.map((name) => `"${name}"`).join(' or ')} (got ${JSON.stringify(edition) ?? 'nothing'})`);
    declared.set(`${operation.method} ${operation.path}`, { operationId: operation.operationId, ...(version !== undefined && { version: version as string }), edition: edition as Edition });
  }
  if (!declared.size) return undefined;
  const product = (document as { 'x-contactkit-product'?: unknown })['x-contactkit-product'];
  if (typeof product !== 'string' || !product.trim()) {
    fail(`x-contactkit-product must be the server product's name, e.g. "Rocket.Chat", at the document's top level, since ${[...declared.keys()][0]} has x-contactkit-requires (got ${JSON.stringify(product) ?? 'nothing'})`);
  }
  return { product: (product as string).trim(), operations: declared };
}

/** `Community` or `Enterprise`. */
export const editionName = (edition: Edition) => edition[0]!.toUpperCase() + edition.slice(1);

/**
 * What the client's 404 message says the route needs, e.g. `Rocket.Chat 7.2.0
 * or later` or `Rocket.Chat Enterprise edition`; `undefined` for a route of
 * the Community edition whose first version is not known, which every server
 * may have.
 */
export function routeNeeds(product: string, { version, edition }: Requirement): string | undefined {
  if (!version && edition === 'community') return undefined;
  const enterprise = edition === 'enterprise' ? 'Enterprise edition' : '';
  return version ? `${product} ${version} or later${enterprise && `, ${enterprise}`}` : `${product} ${enterprise}`;
}

/** {@link routeNeeds} of the operation `<METHOD> <path>`; `undefined` when it declares nothing. */
export function routeNeedsOf(requirements: Requirements | undefined, key: string): string | undefined {
  const requirement = requirements?.operations.get(key);
  return requirement && routeNeeds(requirements!.product, requirement);
}

/** The line the reference page opens the operation's description with, e.g. `Requires Rocket.Chat 7.2.0 or later, Community edition.` */
export function requirementLine(product: string, { version, edition }: Requirement): string {
  return version ? `Requires ${product} ${version} or later, ${editionName(edition)} edition.` : `Requires the ${product} ${editionName(edition)} edition; the first version is not stated.`;
}

/**
 * A copy of the bundled `document` whose operations that declare
 * `x-contactkit-requires` open their description with {@link requirementLine},
 * for the reference page; the document itself is left as it is.
 */
export function withRequirementLines<Document extends object>(document: Document, operations: Operation[], specFile: string): Document {
  const requirements = requirementsOf(document as unknown as OpenApiDocument, operations, specFile);
  if (!requirements) return document;
  const copy = structuredClone(document) as unknown as OpenApiDocument;
  for (const operation of operations) {
    const requirement = requirements.operations.get(`${operation.method} ${operation.path}`);
    if (!requirement) continue;
    // A path item written as a $ref gets its own copy, so that no other use of its target changes.
    copy.paths[operation.path] = pathItem(copy, operation.path);
    const raw = rawOperation(copy, operation) as { description?: string };
    const line = requirementLine(requirements.product, requirement);
    raw.description = raw.description ? `${line}\n\n${raw.description}` : line;
  }
  return copy as unknown as Document;
}
