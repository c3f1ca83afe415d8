/** A whole number of 1 or more from the environment variable `name`, else `fallback`. */
export function setting(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number, 1 or more (got "${process.env[name]}"): unset it for ${fallback}.`);
  return value;
}
