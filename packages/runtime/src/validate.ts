import { ConfigurationError } from './errors.js';

/** Throws a {@link ConfigurationError} unless `value` is a duration: 0, a positive number or Infinity. */
export function checkMilliseconds(option: string, value: number): void {
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    throw new ConfigurationError(option, `${option} must be a number of milliseconds, 0 or more (got ${String(value)}).`);
  }
}

/** Throws a {@link ConfigurationError} unless `value` is a whole number, 0 or more. */
export function checkCount(option: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new ConfigurationError(option, `${option} must be a whole number, 0 or more (got ${String(value)}).`);
  }
}
