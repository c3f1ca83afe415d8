import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConfigurationError } from '../src/errors.js';
import { type Throttle, throttle } from '../src/throttle.js';

// Bottleneck reads Date.now and its timers at call time, so fake timers drive its windows exactly.
beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Asks the throttle for each name in turn and records the names in the order they are let through. */
function requests(shared: Throttle, names: string[]) {
  const sent: string[] = [];
  const done = names.map((name) => shared.acquire(new AbortController().signal).then(() => void sent.push(name)));
  return { sent, done };
}

/** Moves the fake clock to `ms` after the start of the test, running every timer and promise due by then. */
async function at(ms: number) {
  await vi.advanceTimersByTimeAsync(ms - Date.now());
}

/** The error that `run` throws; fails the test if it throws none. */
function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('throttle', () => {
  it('lets `limit` requests through in a window and holds the next until the window ends', async () => {
    const { sent } = requests(throttle({ limit: 2, intervalMs: 1000 }), ['a', 'b', 'c', 'd', 'e']);
    await at(10);
    expect(sent).toEqual(['a', 'b']);
    await at(999);
    expect(sent).toEqual(['a', 'b']);
    await at(1010);
    expect(sent).toEqual(['a', 'b', 'c', 'd']);
    await at(1999);
    expect(sent).toHaveLength(4);
    await at(2010);
    expect(sent).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('rounds a window up to the next 250 ms, never down', async () => {
    const { sent } = requests(throttle({ limit: 1, intervalMs: 300 }), ['a', 'b']);
    await at(499);
    expect(sent).toEqual(['a']);
    await at(510);
    expect(sent).toEqual(['a', 'b']);
  });

  it('serves waiting requests in the order they asked', async () => {
    const names = Array.from({ length: 12 }, (_, i) => `r${i}`);
    const { sent, done } = requests(throttle({ limit: 1, intervalMs: 250 }), names);
    await at(12 * 250);
    await Promise.all(done);
    expect(sent).toEqual(names);
  });

  it('rejects a request at once with the reason when its signal aborts while waiting, and gives its slot to the next', async () => {
    const shared = throttle({ limit: 1, intervalMs: 1000 });
    const first = requests(shared, ['first']);
    const aborted = new AbortController();
    const waiting = shared.acquire(aborted.signal);
    const outcome = waiting.then(
      () => 'sent',
      (reason: unknown) => reason,
    );
    const next = requests(shared, ['next', 'after']);
    await at(100);
    const reason = new Error('caller gave up');
    aborted.abort(reason);
    await at(101);
    expect(await Promise.race([outcome, 'still waiting'])).toBe(reason);
    expect(first.sent).toEqual(['first']);

    // Had the aborted request used the second window, `next` would wait for the third.
    await at(1010);
    expect(next.sent).toEqual(['next']);
    await at(2010);
    expect(next.sent).toEqual(['next', 'after']);
  });

  it('rejects a request whose signal has already aborted without using a slot', async () => {
    const shared = throttle({ limit: 1, intervalMs: 1000 });
    const reason = new Error('already gone');
    await expect(shared.acquire(AbortSignal.abort(reason))).rejects.toBe(reason);
    const { sent } = requests(shared, ['a']);
    await at(10);
    expect(sent).toEqual(['a']);
  });

  it('counts the requests of every caller that shares it', async () => {
    const shared = throttle({ limit: 3, intervalMs: 1000 });
    const reports = requests(shared, ['reports 1', 'reports 2']);
    const sync = requests(shared, ['sync 1', 'sync 2']);
    await at(999);
    expect([...reports.sent, ...sync.sent]).toEqual(['reports 1', 'reports 2', 'sync 1']);
    await at(1010);
    expect(sync.sent).toEqual(['sync 1', 'sync 2']);
  });

  it.each([
    { options: { limit: 0, intervalMs: 1000 }, message: 'limit must be a whole number, 1 or more (got 0).' },
    { options: { limit: 1.5, intervalMs: 1000 }, message: 'limit must be a whole number, 1 or more (got 1.5).' },
    { options: { limit: Number.NaN, intervalMs: 1000 }, message: 'limit must be a whole number, 1 or more (got NaN).' },
    { options: { limit: Number.POSITIVE_INFINITY, intervalMs: 1000 }, message: 'limit must be a whole number, 1 or more (got Infinity).' },
    { options: { limit: '60' as unknown as number, intervalMs: 1000 }, message: 'limit must be a whole number, 1 or more (got 60).' },
    { options: { limit: 60, intervalMs: 0 }, message: 'intervalMs must be a finite number of milliseconds, more than 0 (got 0).' },
    { options: { limit: 60, intervalMs: -1000 }, message: 'intervalMs must be a finite number of milliseconds, more than 0 (got -1000).' },
    { options: { limit: 60, intervalMs: Number.NaN }, message: 'intervalMs must be a finite number of milliseconds, more than 0 (got NaN).' },
    {
      options: { limit: 60, intervalMs: Number.POSITIVE_INFINITY },
      message: 'intervalMs must be a finite number of milliseconds, more than 0 (got Infinity).',
    },
  ])('refuses them: $message', ({ options, message }) => {
    const error = catchError(() => throttle(options));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({ option: message.split(' ')[0], message });
  });
});
