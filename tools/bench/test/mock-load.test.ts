// The load benchmark's parts at small counts: how a run counts failures, and
// both engines answering every operation of one API through its client, with
// a request the spec forbids counted as a failure naming the violation.
import { readFileSync } from 'node:fs';
import { listApis } from '@contactkit/codegen';
import { breaking, type OpenApiDocument, operationConstraints } from '@contactkit/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importApiPackage } from '../src/api-package.ts';
import { runLoad } from '../src/load.ts';
import { ENGINES, type RunningMock } from '../src/mock-engines.ts';
import { type PlannedRequest, sender, validRequests } from '../src/requests.ts';

// Heap figures need `--expose-gc`; these tests check counts, not the heap.
const noGc = () => {};
const small = { sequential: 20, concurrent: 10, warmup: 5 };

describe('runLoad', () => {
  it('sends warm-up, sequential and concurrent requests, counting each failure and each distinct reason once', async () => {
    const sent: number[] = [];
    const result = await runLoad(
      async (index) => {
        sent.push(index);
        return index % 4 === 1 ? 'one in four' : index === 2 ? 'the third' : undefined;
      },
      small,
      noGc,
    );
    expect(sent).toHaveLength(small.warmup + small.sequential + small.concurrent);
    // Indices 1, 5, 9, … of each phase (1 + 5 + 3), and index 2 of each (3).
    expect(result.failures).toBe(12);
    expect(result.failureReasons).toEqual(['one in four', 'the third']);
    expect(result.p50Ms).toBeLessThanOrEqual(result.p99Ms);
    expect(result.sequentialRps).toBeGreaterThan(0);
  });
});

const api = listApis().find(({ name }) => name === 'mintlify-sandbox')!;
const document = JSON.parse(readFileSync(api.bundlePath, 'utf8')) as OpenApiDocument;
const requests = validRequests(document);

describe.each(ENGINES)('the $name engine', (engine) => {
  let mock: RunningMock;
  let send: (requests: readonly PlannedRequest[]) => (index: number) => Promise<string | undefined>;
  beforeAll(async () => {
    const apiPackage = await importApiPackage(api);
    mock = await engine.start(api, apiPackage);
    const client = apiPackage.client(mock.baseUrl);
    send = (planned) => sender(client, mock, planned);
  });
  afterAll(() => mock?.stop());

  it(`answers every operation of ${api.name} through its client with no failure`, async () => {
    const result = await runLoad(send(requests), small, noGc);
    expect(result).toMatchObject({ failures: 0, failureReasons: [] });
  });

  it('counts a request the spec forbids as a failure, naming the violation', async () => {
    const { operation, parts, label } = requests[0]!;
    const [constraint] = operationConstraints(operation);
    const failure = await send([{ label, operation, parts: breaking(parts, constraint!) }])(0);
    expect(failure).toMatch(new RegExp(`^${label.replace(/[{}]/g, '\\$&')} answered 4\\d\\d naming .*${constraint!.at} ${constraint!.rule}`));
  });
});
