// What the benchmark sends: one valid request per operation, built from the
// spec's examples, sent through the package's client; a request fails when
// its answer is not ok or names a violation (Prism's `sl-violations`, msw's
// `x-mock-violations`).
import { type AnyClient, asFormParts, listOperations, type OpenApiDocument, type Operation, type RequestParts, validRequest } from '@contactkit/contract';
import type { RunningMock } from './mock-engines.ts';

/** One request to send, with the name it is reported by. */
export interface PlannedRequest {
  /** e.g. `GET /contacts/{id}`. */
  label: string;
  operation: Operation;
  parts: RequestParts;
}

/** A valid request of every operation of `document`. */
export function validRequests(document: OpenApiDocument): PlannedRequest[] {
  return listOperations(document).map((operation) => ({ label: `${operation.method.toUpperCase()} ${operation.path}`, operation, parts: validRequest(operation) }));
}

/** Sends request `index` of `requests` (round-robin) through `client` to `mock`; resolves to why it failed, or `undefined`. */
export const sender = (client: AnyClient, mock: RunningMock, requests: readonly PlannedRequest[]) => async (index: number) => {
  const { label, operation, parts } = requests[index % requests.length]!;
  const { path, query, header, body } = parts;
  try {
    const { response, error } = await client.request(operation.method, operation.path, {
      params: { path, query, header },
      ...(body === undefined ? {} : { body: asFormParts(operation, body) }),
    });
    const violations = mock.violations(response, error);
    if (violations.length) return `${label} answered ${response.status} naming ${violations.map(({ at, rule }) => `${at} ${rule}`).join(', ')}`;
    if (!response.ok) return `${label} answered ${response.status}: ${JSON.stringify(error)?.slice(0, 300)}`;
    return undefined;
  } catch (error) {
    return `${label} threw ${(error as Error).message}`;
  }
};
