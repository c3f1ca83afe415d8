// Serves several APIs' mocks at once, prints where, and stops them all on
// Ctrl-C: what both `contactkit-mock` and the repository's `pnpm mock` do.
import { type Mock, startPrismMock } from './prism.js';

/** One API to serve. */
export interface MockedApi {
  /** The API's name, shown in the table, e.g. `mintlify-sandbox`. */
  name: string;
  /** Path of its bundled spec. */
  spec: string;
  /** Port to listen on; a free one when omitted. */
  port?: number;
}

/** A table of API, URL and operations, one row per operation. */
export function mockTable(apis: readonly MockedApi[], mocks: readonly Mock[]): string {
  const rows = apis.flatMap(({ name }, index) =>
    mocks[index]!.operations.map((operation, row) => [row ? '' : name, row ? '' : mocks[index]!.url, operation]),
  );
  const all = [['API', 'URL', 'operation'], ...rows];
  const widths = [0, 1, 2].map((column) => Math.max(...all.map((row) => row[column]!.length)));
  return all.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n');
}

/**
 * Starts a mock of each API, prints the table, and resolves once a SIGINT or
 * SIGTERM has stopped them all. A mock that fails to start stops the others.
 */
export async function serveMocks(apis: readonly MockedApi[], print: (text: string) => void = console.log): Promise<void> {
  const mocks: Mock[] = [];
  try {
    for (const { spec, port } of apis) mocks.push(await startPrismMock(spec, port === undefined ? {} : { port }));
  } catch (error) {
    await Promise.all(mocks.map((mock) => mock.stop()));
    throw error;
  }
  print(`${mockTable(apis, mocks)}\n\nPrism mocks are running (requests and responses are validated). Press Ctrl-C to stop.`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await Promise.all(mocks.map((mock) => mock.stop()));
}
