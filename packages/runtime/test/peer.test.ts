// `missingPeer`, the catch of a client's lazy import of an optional peer
// (`startMock()` imports `@contactkit/mock`): a missing package becomes an
// error that says how to install it; anything else passes through.
import { describe, expect, it } from 'vitest';
import { ConfigurationError, missingPeer } from '../src/index.js';

const importMissing = () => import(/* @vite-ignore */ ['@contactkit', 'not-installed'].join('/'));

describe('missingPeer', () => {
  it('turns a real "cannot find package" into a ConfigurationError naming the package and how to add it', async () => {
    const failure = await importMissing().catch(missingPeer('@contactkit/not-installed', 'startMock')).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConfigurationError);
    expect(failure).toMatchObject({
      option: '@contactkit/not-installed',
      message: 'startMock needs @contactkit/not-installed: add it to your devDependencies (`pnpm add -D @contactkit/not-installed` or `npm install -D @contactkit/not-installed`).',
    });
  });

  it.each([
    ['another missing package', Object.assign(new Error("Cannot find package 'left-pad'"), { code: 'ERR_MODULE_NOT_FOUND' })],
    ['a failure inside the package', new TypeError('boom')],
  ])('rethrows %s unchanged', (_, error) => {
    expect(() => missingPeer('@contactkit/mock', 'startMock')(error)).toThrow(error);
  });
});
