// Which operations of an API create, read, replace, change and delete the
// same record, read from the spec's OpenAPI `links` (a create's answer id →
// the parameter or body field the other operations take it in), for the
// in-process mock's records. Nothing here is written per API: a spec
// without links gets a mock that answers its examples.
import type { ClientFacts } from './client-facts.ts';
import { listOperations, type OpenApiDocument } from './spec.ts';

/** A kind of record: the runtime's `MockResource`. */
export interface ResourceFacts {
  name: string;
  idKey: string;
  assigned: string[];
  /** The records the documented answers show, once each by id: a mock holds them until told otherwise. */
  examples: object[];
}

/** What one operation does to a resource's records: the runtime's `StoreRole`. */
export interface RoleFacts {
  resource: string;
  role: 'create' | 'read' | 'replace' | 'patch' | 'merge' | 'delete';
  status: number;
  id?: { in: 'path' | 'query' | 'body'; name: string };
  recordAt?: string;
  idAt?: string;
}

export interface MockResources {
  resources: ResourceFacts[];
  /** By operationId. */
  roles: Record<string, RoleFacts>;
}

interface RawSchema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, RawSchema>;
  anyOf?: RawSchema[];
  oneOf?: RawSchema[];
}

interface RawLink {
  operationId?: string;
  parameters?: Record<string, unknown>;
  requestBody?: unknown;
}

interface RawOperation {
  operationId: string;
  method: string;
  path: string;
  parameters: { name: string; in: string }[];
  bodySchema?: RawSchema;
  responses: { status: number; schema?: RawSchema; links: Record<string, RawLink> }[];
}

const SCHEMAS = '#/components/schemas/';

/** A link's value `$response.body#/pointer`, as its pointer; anything else is refused, naming the fix. */
function pointerOf(expression: unknown, where: string): string {
  const match = typeof expression === 'string' ? /^\$response\.body#(\/.*)$/.exec(expression) : null;
  if (!match) throw new Error(`${where}: the mock reads only \`$response.body#/<pointer>\` in links (got ${JSON.stringify(expression)}); name the answer's id with such an expression.`);
  return match[1]!;
}

function followRef<T>(document: OpenApiDocument, node: T): T {
  const ref = (node as { $ref?: string } | undefined)?.$ref;
  if (!ref?.startsWith('#/components/') || ref.startsWith(SCHEMAS)) return node;
  const target = ref
    .slice(2)
    .split('/')
    .reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], document);
  return followRef(document, target as T);
}

function rawOperations(document: OpenApiDocument): RawOperation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => ['get', 'put', 'post', 'delete', 'patch'].includes(method))
      .map(([method, value]) => {
        const raw = value as {
          operationId: string;
          parameters?: unknown[];
          requestBody?: unknown;
          responses: Record<string, unknown>;
        };
        const shared = (item.parameters as unknown[] | undefined) ?? [];
        const body = followRef(document, raw.requestBody) as { content?: Record<string, { schema?: RawSchema }> } | undefined;
        return {
          operationId: raw.operationId,
          method: method.toUpperCase(),
          path,
          parameters: [...shared, ...(raw.parameters ?? [])].map((parameter) => followRef(document, parameter) as { name: string; in: string }),
          bodySchema: body?.content?.['application/json']?.schema,
          responses: Object.entries(raw.responses)
            .filter(([status]) => /^2\d\d$/.test(status))
            .map(([status, response]) => {
              const resolved = followRef(document, response) as { content?: Record<string, { schema?: RawSchema }>; links?: Record<string, RawLink> };
              const links = Object.fromEntries(Object.entries(resolved.links ?? {}).map(([name, link]) => [name, followRef(document, link)]));
              return { status: Number(status), schema: resolved.content?.['application/json']?.schema, links };
            }),
        };
      }),
  );
}

/** The schema a pointer's parent names, when it is a component: the resource whose id the pointer reaches. */
function componentAt(document: OpenApiDocument, schema: RawSchema | undefined, pointer: string): string | undefined {
  let at = schema;
  for (const token of pointer.split('/').slice(1, -1)) at = component(document, at)?.properties?.[token];
  return at?.$ref?.startsWith(SCHEMAS) ? at.$ref.slice(SCHEMAS.length) : undefined;
}

/** Where an answer's schema holds a list of `resource`: properties whose items are it. */
function listsAt(document: OpenApiDocument, schema: RawSchema | undefined, resource: string): string[] {
  return Object.entries(component(document, schema)?.properties ?? {})
    .filter(([, node]) => (node as { items?: RawSchema }).items?.$ref === SCHEMAS + resource)
    .map(([name]) => `/${name}`);
}

/** The records of `resource` in the documented 2xx answers of `operations`, once each by id. */
function exampleRecords(document: OpenApiDocument, operations: RawOperation[], resource: string, idKey: string): object[] {
  const documented = new Map(listOperations(document).map((operation) => [operation.operationId, operation]));
  const records = new Map<string, object>();
  for (const operation of operations) {
    for (const { status, schema } of operation.responses) {
      const single = recordAt(document, schema, resource);
      const examples = documented.get(operation.operationId)?.responses.find((answer) => answer.status === status)?.examples ?? [];
      for (const { value } of examples) {
        const found = [...(single === undefined ? [] : [valueAt(value, single)]), ...listsAt(document, schema, resource).flatMap((pointer) => [valueAt(value, pointer)].flat())];
        for (const record of found) {
          const id = (record as Record<string, unknown> | undefined)?.[idKey];
          if (id !== undefined && id !== null && !records.has(String(id))) records.set(String(id), record as object);
        }
      }
    }
  }
  return [...records.values()];
}

function valueAt(value: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((at, token) => (at as Record<string, unknown> | undefined)?.[token.replace(/~1/g, '/').replace(/~0/g, '~')], value);
}

/** Where an answer's schema holds `resource`: the whole answer, or one of its properties. */
function recordAt(document: OpenApiDocument, schema: RawSchema | undefined, resource: string): string | undefined {
  const named = (node: RawSchema | undefined) => [node, ...(node?.anyOf ?? []), ...(node?.oneOf ?? [])].some((member) => member?.$ref === SCHEMAS + resource);
  if (named(schema)) return '';
  const property = Object.entries(component(document, schema)?.properties ?? {}).find(([, node]) => named(node));
  return property && `/${property[0].replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** `schema`, or the schema of components.schemas it refers to. */
function component(document: OpenApiDocument, schema: RawSchema | undefined): RawSchema | undefined {
  return schema?.$ref?.startsWith(SCHEMAS) ? ((document.components as { schemas?: Record<string, RawSchema> })?.schemas?.[schema.$ref.slice(SCHEMAS.length)] ?? schema) : schema;
}

function propertiesOf(document: OpenApiDocument, schema: RawSchema | undefined): string[] {
  return Object.keys(component(document, schema)?.properties ?? {});
}

const ROLE_OF: Record<string, RoleFacts['role']> = { GET: 'read', PUT: 'replace', POST: 'merge', DELETE: 'delete' };

/** The resources of `document`'s links and each linked operation's role. */
export function mockResources(document: OpenApiDocument, facts: Pick<ClientFacts, 'specFile'>): MockResources {
  const operations = rawOperations(document);
  const byId = new Map(operations.map((operation) => [operation.operationId, operation]));
  const links = operations.flatMap((source) =>
    source.responses.flatMap(({ status, schema, links: named }) =>
      Object.entries(named).map(([name, link]) => {
        const where = `${facts.specFile}: ${source.operationId} ${status} link "${name}"`;
        const target = byId.get(link.operationId ?? '');
        if (!target) throw new Error(`${where} names operationId "${link.operationId}", which the spec does not have; name one of its operations.`);
        const byParameter = Object.entries(link.parameters ?? {}).map(([key, value]) => {
          const name = key.replace(/^(path|query)\./, '');
          const parameter = target.parameters.find((one) => one.name === name);
          if (!parameter || (parameter.in !== 'path' && parameter.in !== 'query')) throw new Error(`${where}: ${target.operationId} has no path or query parameter "${name}"; name the one that takes the id.`);
          return { id: { in: parameter.in as 'path' | 'query', name }, pointer: pointerOf(value, where) };
        });
        // A body field takes the id: `requestBody: { contactId: $response.body#/contactId }`.
        const byBody = Object.entries((link.requestBody as Record<string, unknown> | undefined) ?? {}).map(([key, value]) => ({ id: { in: 'body' as const, name: key }, pointer: pointerOf(value, where) }));
        const [taken, ...more] = [...byParameter, ...byBody];
        if (!taken || more.length) throw new Error(`${where}: the mock needs exactly one parameter or body field that takes the id (got ${1 + more.length - (taken ? 0 : 1)}).`);
        return { source, status, schema, target, ...taken, resource: componentAt(document, schema, taken.pointer) };
      }),
    ),
  );

  // The operations tied by links are one resource's; its name comes from a link whose id sits in a component schema.
  const groups: { operations: Set<RawOperation>; links: typeof links }[] = [];
  for (const link of links) {
    const joined = groups.filter(({ operations: members }) => members.has(link.source) || members.has(link.target));
    const group = { operations: new Set([link.source, link.target, ...joined.flatMap(({ operations: members }) => [...members])]), links: [link, ...joined.flatMap((one) => one.links)] };
    for (const old of joined) groups.splice(groups.indexOf(old), 1);
    groups.push(group);
  }

  const resources: ResourceFacts[] = [];
  const roles: Record<string, RoleFacts> = {};
  for (const group of groups) {
    const named = group.links.find(({ resource }) => resource);
    if (!named) throw new Error(`${facts.specFile}: the links of ${[...group.operations].map(({ operationId }) => operationId).join(', ')} never reach an id inside a schema of components.schemas, so the mock cannot tell which record they share; link from an answer that holds the record.`);
    const resource = named.resource!;
    const targets = new Set(group.links.map(({ target }) => target));
    // A POST that links to the others and no link reaches creates the records; without one they are seeded only.
    const create = group.links.find(({ source }) => !targets.has(source) && source.method === 'POST');
    const createBody = create ? propertiesOf(document, create.source.bodySchema) : [];
    const idKey = named.pointer.split('/').at(-1)!;
    resources.push({
      name: resource,
      idKey,
      assigned: propertiesOf(document, { $ref: SCHEMAS + resource }).filter((key) => !createBody.includes(key)),
      examples: exampleRecords(document, operations, resource, idKey),
    });
    if (create) {
      const createAt = recordAt(document, create.schema, resource);
      roles[create.source.operationId] = { resource, role: 'create', status: create.status, ...(createAt === undefined ? { idAt: create.pointer } : { recordAt: createAt }) };
    }
    for (const { target, id } of group.links) {
      if (roles[target.operationId]) continue;
      const answer = target.responses[0];
      const role = target.method === 'PATCH' ? (isArraySchema(document, target.bodySchema) ? 'patch' : 'merge') : ROLE_OF[target.method]!;
      const at = recordAt(document, answer?.schema, resource);
      roles[target.operationId] = { resource, role, status: answer?.status ?? 204, id, ...(at === undefined ? {} : { recordAt: at }) };
    }
  }
  return { resources, roles };
}

/** Whether a request body's schema is a list: a JSON Patch, not a merge. */
function isArraySchema(document: OpenApiDocument, schema: RawSchema | undefined): boolean {
  return [component(document, schema)?.type].flat().includes('array');
}
