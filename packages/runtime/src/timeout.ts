/** The signal of one attempt: aborted by the caller's signal or when the attempt's time is up. */
export interface Deadline {
  /** Pass this to `fetch`. */
  readonly signal: AbortSignal;
  /** Whether the time ran out (as opposed to the caller aborting). */
  readonly timedOut: boolean;
  /** Stops the timer and lets go of the caller's signal; call once the response has started. */
  clear(): void;
}

/**
 * Starts the deadline of one attempt, or returns `undefined` when `timeoutMs`
 * is 0 or infinite (then the request keeps the caller's signal as it is).
 *
 * A cleared timer and a removed listener, rather than `AbortSignal.timeout`
 * and `AbortSignal.any`: those cost tens of microseconds per request on
 * Node 20 and keep a timer alive for the whole timeout after the answer came.
 */
export function startDeadline(callerSignal: AbortSignal, timeoutMs: number): Deadline | undefined {
  if (!(timeoutMs > 0 && timeoutMs < Infinity)) return undefined;
  return new AttemptDeadline(callerSignal, timeoutMs);
}

class AttemptDeadline implements Deadline {
  readonly #controller = new AbortController();
  readonly #callerSignal: AbortSignal;
  readonly #timer: ReturnType<typeof setTimeout>;
  #timedOut = false;

  constructor(callerSignal: AbortSignal, timeoutMs: number) {
    this.#callerSignal = callerSignal;
    this.#timer = setTimeout(this.#onTimeout, timeoutMs);
    if (callerSignal.aborted) this.#controller.abort(callerSignal.reason);
    else callerSignal.addEventListener('abort', this.#onCallerAbort, { once: true });
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get timedOut(): boolean {
    return this.#timedOut;
  }

  clear(): void {
    clearTimeout(this.#timer);
    this.#callerSignal.removeEventListener('abort', this.#onCallerAbort);
  }

  readonly #onTimeout = () => {
    this.#timedOut = true;
    this.#controller.abort(new DOMException('The attempt timed out.', 'TimeoutError'));
  };

  readonly #onCallerAbort = () => this.#controller.abort(this.#callerSignal.reason);
}
