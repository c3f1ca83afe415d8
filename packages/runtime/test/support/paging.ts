// What the paging tests share: a client whose pages meet a scripted server,
// and ways to run an iteration to its end or its failure.
import { expect } from 'vitest';
import { recordingSleep, testClient } from './fakes.js';
import { type Step, startScriptedServer } from './server.js';

type ScriptedServer = Awaited<ReturnType<typeof startScriptedServer>>;

/** A client whose requests meet `steps` in order on `server`, with retries that wait no real time. */
export function scriptedClient(server: ScriptedServer, steps: Step[], options: { maxRetries?: number } = {}) {
  const run = server.run(steps);
  const { delays, sleep } = recordingSleep();
  const client = testClient({ credentials: [] }, { baseUrl: server.url, headers: run.headers, sleep, random: () => 0.5, ...options });
  const queries = () => run.hits().map((hit) => Object.fromEntries(new URL(hit.url, server.url).searchParams));
  return { client, hits: run.hits, queries, delays };
}

export type ScriptedClient = ReturnType<typeof scriptedClient>['client'];

/** Every value of `iterable`, in order. */
export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of iterable) all.push(item);
  return all;
}

/** The error `run` rejects with; fails the test if it resolves. */
export async function failure(run: Promise<unknown>): Promise<unknown> {
  return run.then(
    () => expect.unreachable('expected a rejection'),
    (error: unknown) => error,
  );
}

/** The error of iterating `pages` item by item, with the ids (`idOf`) of the items seen before it. */
export async function failedWalk<Item>(pages: AsyncIterable<Item>, idOf: (item: Item) => string) {
  const seen: Item[] = [];
  const error = await failure(
    (async () => {
      for await (const item of pages) seen.push(item);
    })(),
  );
  return { error, seen: seen.map(idOf) };
}

/** Lets the event loop turn, so that a request paging should not send would have reached the server. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
