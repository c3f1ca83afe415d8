import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Mock, startPrismMock } from '../src/prism.js';

// A spec small enough to read here: one operation, a documented example, a key.
const spec = fileURLToPath(new URL('./support/mock-spec.json', import.meta.url));

describe('startPrismMock', () => {
  let mock: Mock;
  // Prism reads and compiles the spec first: slow on a busy 2-core machine.
  beforeAll(async () => {
    mock = await startPrismMock(spec);
  }, 60_000);
  afterAll(() => mock.stop());

  it('serves the documented example on a free loopback port', async () => {
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${mock.url}/things/42`, { headers: { 'x-api-key': 'k' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: 42, name: 'answer' });
  });

  it('rejects a request that breaks the spec, naming the violation', async () => {
    const response = await fetch(`${mock.url}/things/not-a-number`, { headers: { 'x-api-key': 'k' } });
    expect(response.status).toBe(422);
    expect(JSON.stringify(await response.json())).toMatch(/path.*id/i);
  });

  it('checks security: no key, 401', async () => {
    const response = await fetch(`${mock.url}/things/42`);
    expect(response.status).toBe(401);
  });

  it('stops: the port refuses connections afterwards', { timeout: 60_000 }, async () => {
    const other = await startPrismMock(spec);
    await other.stop();
    await expect(fetch(`${other.url}/things/42`)).rejects.toThrow();
  });
});
