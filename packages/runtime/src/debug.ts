import { maskPersonalData, type Redact } from './redact.js';

/** One attempt as the `debug` hook reports it. */
export interface AttemptReport {
  method: string;
  url: string;
  /** The status, or what happened instead (e.g. `timed out after 100 ms`). */
  outcome: string;
  durationMs: number;
  attempt: number;
  maxAttempts: number;
  /** Set when another attempt follows. */
  retryInMs?: number | undefined;
}

/**
 * Formats one attempt as a single line, with credentials replaced and e-mail
 * addresses and phone numbers masked. Headers are never part of the line.
 */
export function formatAttempt(report: AttemptReport, redact: Redact): string {
  const retry = report.retryInMs === undefined ? '' : `; retrying in ${report.retryInMs} ms`;
  const line = `${report.method} ${decodeForLog(report.url)} -> ${report.outcome} in ${Math.round(report.durationMs)} ms (attempt ${report.attempt} of ${report.maxAttempts})${retry}`;
  // Credentials first: masking could split a secret that looks like a phone number.
  return maskPersonalData(redact(line));
}

// Decoded so that `john%40example.com` is recognised (and masked) as an address.
function decodeForLog(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}
