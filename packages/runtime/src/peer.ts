import { ConfigurationError } from './errors.js';

/**
 * For the `catch` of an `import()` of an optional peer dependency: when the
 * package is not installed, throws a `ConfigurationError` naming it and how to
 * add it; any other failure is rethrown as it is.
 */
export function missingPeer(name: string, feature: string): (error: unknown) => never {
  return (error) => {
    const code = (error as { code?: unknown } | null)?.code;
    if ((code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && String((error as Error).message).includes(name)) {
      throw new ConfigurationError(name, `${feature} needs ${name}: add it to your devDependencies (\`pnpm add -D ${name}\` or \`npm install -D ${name}\`).`);
    }
    throw error;
  };
}
