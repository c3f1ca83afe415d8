import type { Middleware } from 'openapi-fetch';
import { AbortError, HttpError, NetworkError, RequestError, TimeoutError } from './errors.js';
import { type Redact, redactValue } from './redact.js';
import { attemptsOf } from './transport.js';

/**
 * The client's middleware: names the path template in transport errors and,
 * with `throwOnError`, turns non-2xx answers into {@link HttpError}s. Without
 * `throwOnError` it has no `onResponse`, so answers pass through untouched.
 */
export function errorMiddleware(throwOnError: boolean, redact: Redact): Middleware {
  const onError: Middleware['onError'] = ({ error, schemaPath }) => (error instanceof RequestError ? withPathTemplate(error, schemaPath) : undefined);
  if (!throwOnError) return { onError };
  return {
    onError,
    async onResponse({ request, response, schemaPath }) {
      if (response.ok) return undefined;
      const { attempts, maxAttempts } = attemptsOf(request) ?? { attempts: 1, maxAttempts: 1 };
      const body = redactValue(await readBody(response), redact);
      throw new HttpError({ method: request.method, pathTemplate: schemaPath, attempts, maxAttempts, status: response.status, body });
    },
  };
}

// The transport only knows the filled URL; the error is rebuilt so that its message names the template.
function withPathTemplate(error: RequestError, pathTemplate: string): RequestError {
  const details = { method: error.method, pathTemplate, attempts: error.attempts, maxAttempts: error.maxAttempts, cause: error.cause };
  if (error instanceof TimeoutError) return new TimeoutError({ ...details, timeoutMs: error.timeoutMs });
  if (error instanceof AbortError) return new AbortError(details);
  if (error instanceof NetworkError) return new NetworkError({ ...details, code: error.code });
  return error;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
