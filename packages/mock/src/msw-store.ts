// The records an in-process mock keeps, so that what a test creates it can
// read back. Which operations create, read, replace, change and delete a
// resource comes from the spec's OpenAPI `links` (codegen turns them into
// each operation's `store`); this file only keeps the records and builds the
// answers from them, each shaped like the operation's documented example.
import jsonPatch, { type Operation as PatchStep } from 'fast-json-patch';
import { type CompiledValidator, type ValidationIssue, validationIssues } from '@contactkit/runtime/validation';

/** A kind of record the spec's links tie operations to, e.g. `Contact`. */
export interface MockResource {
  /** The name of its schema under `components.schemas`. */
  name: string;
  /** The property of a record that holds its id, e.g. `id` or `_id`. */
  idKey: string;
  /** The properties the server assigns (in its schema, not in its create request's): kept from the stored record or the example. */
  assigned: readonly string[];
  /** The records the spec's documented answers show, which the records start with unless told otherwise. */
  examples?: readonly object[];
}

/** How `createMockData()` starts. */
export interface MockDataOptions {
  /**
   * Whether the records start with those the spec's documented answers
   * show, so that an id a documented search answers can be read, changed
   * and deleted as well. `false` starts with `seed` alone.
   * @defaultValue `true`
   */
  examples?: boolean;
}

/** What an operation does to the records of a resource. */
export interface StoreRole {
  resource: string;
  /** `patch` applies a JSON Patch; `merge` sets the fields sent. */
  role: 'create' | 'read' | 'replace' | 'patch' | 'merge' | 'delete';
  /** The documented status it answers with. */
  status: number;
  /** Where the request names the record (every role but `create`). */
  id?: { in: 'path' | 'query' | 'body'; name: string };
  /** The JSON Pointer of the record in its answer, when the answer holds it. */
  recordAt?: string;
  /** The JSON Pointer of the new id in a create's answer that holds no record. */
  idAt?: string;
}

/** What the store needs of an operation (a subset of `MswOperation`). */
export interface StoredOperation {
  store?: StoreRole;
  answers: Readonly<Record<number, readonly { name?: string; value: unknown }[]>>;
  validators?: { responses?: Record<number, CompiledValidator | null> };
}

type Row = Record<string, unknown>;

/** The request as the store reads it. */
export interface StoreRequest {
  params: Record<string, unknown>;
  query: URLSearchParams;
  body: unknown;
}

/** An answer of the store: a status, a body, and the fields of the request it could not keep. */
export interface StoreAnswer {
  status: number;
  body: unknown;
  notStored?: string[];
  /** What went wrong, for an answer the spec does not document (an unknown id, a patch that cannot apply). */
  problem?: string;
}

const clone = <T>(value: T): T => structuredClone(value);

/** The value at a JSON Pointer of `document`, or `document` for `''`. */
function at(document: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((value, token) => (value as Row | undefined)?.[token.replace(/~1/g, '/').replace(/~0/g, '~')], document);
}

/** `document` with the value at `pointer` set to `value` (`document` itself is changed, except for `''`). */
function setAt(document: unknown, pointer: string, value: unknown): unknown {
  if (pointer === '') return value;
  const tokens = pointer.split('/').slice(1);
  const parent = at(document, `/${tokens.slice(0, -1).join('/')}`.replace(/\/$/, '')) as Row;
  parent[tokens.at(-1)!] = value;
  return document;
}

/**
 * A new id shaped like `example`: the next number after every stored one, or
 * a string with the same kinds of characters in the same places (so a
 * pattern or a format the example meets, a UUID say, still holds).
 */
function newId(example: unknown, taken: Iterable<string>): unknown {
  if (typeof example === 'number') return Math.max(example, ...[...taken].map(Number).filter(Number.isFinite)) + 1;
  const text = String(example ?? 'id');
  const hex = /^[0-9a-f-]+$/.test(text);
  const draw = (set: string) => set[Math.floor(Math.random() * set.length)]!;
  return text.replace(/[0-9a-zA-Z]/g, (char) =>
    /\d/.test(char) ? draw('0123456789') : hex ? draw('0123456789abcdef') : /[a-z]/.test(char) ? draw('abcdefghijklmnopqrstuvwxyz') : draw('ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
  );
}

/**
 * The records of an API's mock, by resource and id: hand them to
 * `handlers(baseUrl, { data })` and the handlers read and change them. Made
 * by each client's `createMockData()`, which checks seeded records against
 * the spec.
 */
export class MockData<Records extends Record<string, object> = Record<string, object>> {
  readonly #rows = new Map<string, Map<string, Row>>();
  readonly #resources: Map<string, MockResource>;
  readonly #operations: readonly StoredOperation[];

  constructor(resources: readonly MockResource[], operations: readonly StoredOperation[], seed: { [Name in keyof Records]?: readonly Records[Name][] } = {}, { examples = true }: MockDataOptions = {}) {
    this.#resources = new Map(resources.map((resource) => [resource.name, resource]));
    this.#operations = operations;
    for (const resource of resources) {
      const documented = examples ? (resource.examples ?? []) : [];
      this.#rows.set(resource.name, new Map(documented.map((record) => [String((record as Row)[resource.idKey]), clone(record as Row)])));
    }
    for (const [name, records] of Object.entries(seed) as [string, Row[] | undefined][]) {
      const resource = this.#resources.get(name);
      if (!resource) throw new Error(`createMockData: "${name}" is no resource of this API's links; its resources: ${[...this.#resources.keys()].join(', ') || 'none'}.`);
      records?.forEach((record, index) => this.#seed(resource, record, `${name}[${index}]`));
    }
  }

  /** Every stored record of `resource`, in the order they were stored. */
  all<Name extends keyof Records & string>(resource: Name): Records[Name][] {
    return [...this.#table(resource).values()].map(clone) as Records[Name][];
  }

  /** The stored record of `resource` with `id`, or `undefined`. */
  get<Name extends keyof Records & string>(resource: Name, id: string | number): Records[Name] | undefined {
    const row = this.#table(resource).get(String(id));
    return row && (clone(row) as Records[Name]);
  }

  #table(name: string): Map<string, Row> {
    const rows = this.#rows.get(name);
    if (!rows) throw new Error(`"${name}" is no resource of this API's mock; its resources: ${[...this.#rows.keys()].join(', ')}.`);
    return rows;
  }

  #seed(resource: MockResource, record: Row, label: string): void {
    const id = record?.[resource.idKey];
    if (id === undefined || id === null) throw new Error(`createMockData: ${label} has no "${resource.idKey}"; give each record the id its reads will ask for.`);
    const issues = this.#issues(resource.name, record, label);
    if (issues.length) {
      throw new Error(`createMockData: ${label} does not fit the spec's ${resource.name}: ${issues.map(({ at: where, message }) => `${where} ${message}`).join('; ')}. Fix the record, or leave the field out.`);
    }
    this.#table(resource.name).set(String(id), clone(record));
  }

  /** The issues of `record` as the answers that hold a `resource` say them, named from `label`. */
  #issues(resource: string, record: Row, label: string): ValidationIssue[] {
    const holder = this.#operations.find(({ store, validators }) => store?.resource === resource && store.recordAt !== undefined && validators?.responses?.[store.status]);
    if (!holder) return [];
    const { status, recordAt } = holder.store!;
    const answer = setAt(clone(holder.answers[status]?.[0]?.value ?? {}), recordAt!, record);
    const prefix = ['answer', ...recordAt!.split('/').slice(1)].join('.');
    return validationIssues(holder.validators!.responses![status]!, answer, 'answer')
      .filter((issue) => issue.at === prefix || issue.at.startsWith(`${prefix}.`))
      .map((issue) => ({ ...issue, at: label + issue.at.slice(prefix.length) }));
  }

  /**
   * `next` where it fits the resource's schema; each top-level field that
   * does not keeps `previous`'s value (or is left out) and is named in
   * `notStored`: a field a request writes in another form than answers do.
   */
  #fit(resource: string, previous: Row, next: Row): { record: Row; notStored: string[] } {
    const record = { ...next };
    const broken = new Set(this.#issues(resource, next, 'record').map(({ at: where }) => where.split('.')[1]).filter((key) => key !== undefined));
    for (const key of broken) {
      if (key in previous) record[key] = previous[key];
      else delete record[key];
    }
    return { record, notStored: [...broken] };
  }

  /** The answer of `operation` to `request` from the stored records; `undefined` when it has no part in them. */
  answer(operation: StoredOperation, request: StoreRequest): StoreAnswer | undefined {
    const store = operation.store;
    const resource = store && this.#resources.get(store.resource);
    if (!store || !resource) return undefined;
    const rows = this.#table(resource.name);
    const template = () => clone(operation.answers[store.status]?.[0]?.value);
    const holding = (row: Row) => (store.recordAt === undefined ? template() : setAt(template() ?? {}, store.recordAt, clone(row)));
    const sent = (request.body && typeof request.body === 'object' ? request.body : {}) as Row;

    if (store.role === 'create') {
      const example = this.#example(resource);
      const id = newId(example[resource.idKey], rows.keys());
      const server = Object.fromEntries(resource.assigned.filter((key) => key in example).map((key) => [key, example[key]]));
      const { record, notStored } = this.#fit(resource.name, server, { ...server, ...sent });
      record[resource.idKey] = id;
      rows.set(String(id), record);
      const body = store.recordAt !== undefined ? holding(record) : setAt(template(), store.idAt ?? `/${resource.idKey}`, id);
      return { status: store.status, body, notStored };
    }

    const id = this.#idOf(store, request);
    const stored = id === undefined ? undefined : rows.get(String(id));
    if (!stored) return this.#notFound(operation, resource, id);
    const idFree = Object.fromEntries(Object.entries(sent).filter(([key]) => !(store.id?.in === 'body' && key === store.id.name)));
    switch (store.role) {
      case 'read':
        return { status: store.status, body: holding(stored) };
      case 'delete':
        rows.delete(String(id));
        return { status: store.status, body: template() };
      case 'patch': {
        let patched: Row;
        try {
          patched = jsonPatch.applyPatch(clone(stored), request.body as PatchStep[], true).newDocument;
        } catch (error) {
          const status = operation.answers[400] ? 400 : 422;
          return { status, body: operation.answers[status]?.[0]?.value, problem: `body: the patch cannot apply to ${resource.name} ${String(id)}: ${(error as Error).message.split('\n')[0]}` };
        }
        const { record, notStored } = this.#fit(resource.name, stored, { ...patched, [resource.idKey]: stored[resource.idKey] });
        rows.set(String(id), record);
        return { status: store.status, body: holding(record), notStored };
      }
      default: {
        // `replace` keeps only what the server assigns; `merge` keeps every field not sent.
        const base = store.role === 'replace' ? Object.fromEntries(resource.assigned.filter((key) => key in stored).map((key) => [key, stored[key]])) : stored;
        const { record, notStored } = this.#fit(resource.name, stored, { ...base, ...idFree });
        record[resource.idKey] = stored[resource.idKey];
        rows.set(String(id), record);
        return { status: store.status, body: holding(record), notStored };
      }
    }
  }

  /** The example record of `resource`: where an answer documents one. */
  #example(resource: MockResource): Row {
    for (const { store, answers } of this.#operations) {
      if (store?.resource !== resource.name || store.recordAt === undefined) continue;
      const record = at(answers[store.status]?.[0]?.value, store.recordAt);
      if (record && typeof record === 'object') return clone(record as Row);
    }
    return {};
  }

  #idOf({ id }: StoreRole, request: StoreRequest): unknown {
    if (!id) return undefined;
    if (id.in === 'path') return request.params[id.name];
    if (id.in === 'query') return request.query.get(id.name) ?? undefined;
    return (request.body as Row | undefined)?.[id.name];
  }

  /**
   * An id the records do not hold: the operation's documented 404, else its
   * documented not-found example of another status (Rocket.Chat's
   * `contactNotFound` 400), else a 404 problem naming the id.
   */
  #notFound(operation: StoredOperation, resource: MockResource, id: unknown): StoreAnswer {
    const problem = `no ${resource.name} with id ${JSON.stringify(id ?? null)} is in the mock's data: create it first, or seed it with createMockData()`;
    const notFound = operation.answers[404]?.[0];
    if (operation.answers[404]) return { status: 404, body: notFound?.value, problem };
    for (const [status, examples] of Object.entries(operation.answers)) {
      const named = examples.find(({ name }) => /not.?found/i.test(name ?? ''));
      if (named && Number(status) >= 400) return { status: Number(status), body: named.value, problem };
    }
    return { status: 404, body: undefined, problem };
  }
}
